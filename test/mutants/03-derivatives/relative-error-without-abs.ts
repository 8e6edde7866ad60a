// Mutant: the signed numbers in the max, so a negative number never counts as large.
export * from '../../../solutions/03-derivatives.ts';
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(a, b, 1e-12);
}
