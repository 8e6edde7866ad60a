// Mutant: L2 as (λ/m) Σ W², without the 1/2.
export * from '../../../solutions/09-deep-networks.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
export function l2Penalty(layers: Layer[], lambda: number, m: number): number {
  if (!(m > 0)) throw new Error(`m must be above 0, got ${m}`);
  return (lambda / m) * layers.reduce((s, { W }) => s + W.flat().reduce((t, w) => t + w * w, 0), 0);
}
