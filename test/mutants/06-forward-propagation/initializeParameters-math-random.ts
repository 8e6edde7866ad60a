// Mutant: Gaussian weights of the right spread, but from Math.random: the seed is ignored.
export * from '../../../solutions/06-forward-propagation.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
export function initializeParameters(sizes: number[], _seed: number): Layer[] {
  if (sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`bad sizes [${sizes.join(', ')}]`);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
  return sizes.slice(1).map((n, l) => ({
    W: Array.from({ length: n }, () => Array.from({ length: sizes[l] }, () => gaussian() / Math.sqrt(sizes[l]))),
    b: Array.from({ length: n }, () => [0]),
  }));
}
