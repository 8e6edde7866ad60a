// Mutant: sign taken as w >= 0 ? 1 : -1, so a weight of exactly 0 gets λ/m.
export * from '../../../solutions/09-deep-networks.ts';
export function l1Gradient(W: number[][], lambda: number, m: number): number[][] {
  if (!(m > 0)) throw new Error(`m must be above 0, got ${m}`);
  return W.map((row) => row.map((w) => (lambda / m) * (w >= 0 ? 1 : -1)));
}
