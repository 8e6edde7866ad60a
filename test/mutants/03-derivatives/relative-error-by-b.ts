// Mutant: divides by |b| only, as if b were the true value.
export * from '../../../solutions/03-derivatives.ts';
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
}
