// Mutant: divides by |a| only, as if a were the true value.
export * from '../../../solutions/03-derivatives.ts';
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), 1e-12);
}
