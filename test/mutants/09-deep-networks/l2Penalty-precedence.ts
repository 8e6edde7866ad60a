// Beginner: lambda / 2 * m, which JavaScript reads as (λ/2)·m.
export * from '../../../solutions/09-deep-networks.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
export function l2Penalty(layers: Layer[], lambda: number, m: number): number {
  if (!(m > 0)) throw new Error(`m must be above 0, got ${m}`);
  return (lambda / 2 * m) * layers.reduce((s, { W }) => s + W.flat().reduce((t, w) => t + w * w, 0), 0);
}
