// Mutant (beginner): no floor, with NaN patched to 0 afterwards: right for 0 and 0, but 1e-13 vs 0 gives 1.
export * from '../../../solutions/03-derivatives.ts';
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) || 0;
}
