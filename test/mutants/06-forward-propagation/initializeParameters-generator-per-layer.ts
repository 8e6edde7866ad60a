// Beginner mutant: creates the generator inside the loop, so every layer starts the same
// sequence again (two layers of the same shape get identical weights).
export * from '../../../solutions/06-forward-propagation.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
import { createRandom } from '../../../lib/random.ts';
export function initializeParameters(sizes: number[], seed: number): Layer[] {
  if (sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`bad sizes [${sizes.join(', ')}]`);
  const layers: Layer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const random = createRandom(seed);
    const W = Array.from({ length: sizes[l] }, () => Array.from({ length: sizes[l - 1] }, () => random.gaussian() / Math.sqrt(sizes[l - 1])));
    layers.push({ W, b: Array.from({ length: sizes[l] }, () => [0]) });
  }
  return layers;
}
