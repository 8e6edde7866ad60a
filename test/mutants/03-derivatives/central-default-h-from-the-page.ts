// Mutant (beginner): the default step copied from the page's example, 0.001 instead of 1e-5.
export * from '../../../solutions/03-derivatives.ts';
export function centralDifference(f: (x: number) => number, x: number, h = 0.001): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}
