// Mutant (beginner): (a - b) without Math.abs, negative whenever a < b.
export * from '../../../solutions/03-derivatives.ts';
export function relativeError(a: number, b: number): number {
  return (a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);
}
