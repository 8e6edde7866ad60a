// Mutant (beginner): the average of the forward and the backward slope. Equal to the central
// difference in exact arithmetic, but it evaluates f at x too, twice: four calls instead of two.
export * from '../../../solutions/03-derivatives.ts';
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  const rightSlope = (f(x + h) - f(x)) / h;
  const leftSlope = (f(x) - f(x - h)) / h;
  return (rightSlope + leftSlope) / 2;
}
