// Mutant (beginner): the rise taken by its size, so every slope comes out positive: right on the
// page, where every function rises, and wrong wherever f falls.
export * from '../../../solutions/03-derivatives.ts';
export function forwardDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return Math.abs(f(x + h) - f(x)) / h;
}
