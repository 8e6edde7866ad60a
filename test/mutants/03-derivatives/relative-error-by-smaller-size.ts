// Mutant (beginner): Math.min for Math.max, the smaller size as the denominator. At the page's
// (10.001, 10) it gives what dividing by |b| gives: only the probes of test/causes/ tell them apart.
export * from '../../../solutions/03-derivatives.ts';
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.min(Math.abs(a), Math.abs(b)), 1e-12);
}
