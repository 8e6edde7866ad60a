// Mutant: the step is fixed at 1e-5, whatever h the caller gives.
export * from '../../../solutions/03-derivatives.ts';
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  const step = 1e-5;
  return (f(x + step) - f(x - step)) / (2 * step);
}
