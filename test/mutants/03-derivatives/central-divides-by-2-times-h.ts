// Mutant (beginner): / 2 * h divides by 2 and then multiplies by h.
export * from '../../../solutions/03-derivatives.ts';
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / 2 * h;
}
