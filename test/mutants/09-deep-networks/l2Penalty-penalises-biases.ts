// Mutant: L2 that adds the biases' squares to the weights'.
export * from '../../../solutions/09-deep-networks.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
export function l2Penalty(layers: Layer[], lambda: number, m: number): number {
  if (!(m > 0)) throw new Error(`m must be above 0, got ${m}`);
  let s = 0;
  for (const { W, b } of layers) for (const row of [...W, ...b]) for (const v of row) s += v * v;
  return (lambda / (2 * m)) * s;
}
