// Mutant: the central difference computed as the forward one, from f(x + h) and f(x).
export * from '../../../solutions/03-derivatives.ts';
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x)) / h;
}
