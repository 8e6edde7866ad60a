// Mutant: the rise is taken the wrong way round, f(x) - f(x + h).
export * from '../../../solutions/03-derivatives.ts';
export function forwardDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x) - f(x + h)) / h;
}
