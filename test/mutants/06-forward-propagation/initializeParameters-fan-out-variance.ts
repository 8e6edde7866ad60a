// Mutant (beginner): variance 1/n_l, the layer's own size, instead of 1/n_{l−1}. With sizes
// [200, 100] it gives He's 2/n_{l−1}, and was reported as He initialisation.
export * from '../../../solutions/06-forward-propagation.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
import { createRandom } from '../../../lib/random.ts';
export function initializeParameters(sizes: number[], seed: number): Layer[] {
  if (sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`bad sizes [${sizes.join(', ')}]`);
  const random = createRandom(seed);
  return sizes.slice(1).map((n, l) => ({
    W: Array.from({ length: n }, () => Array.from({ length: sizes[l] }, () => random.gaussian() * Math.sqrt(1 / n))),
    b: Array.from({ length: n }, () => [0]),
  }));
}
