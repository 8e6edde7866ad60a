// Mutant (beginner): no parentheses around the rise, so only f(x) is divided by h.
export * from '../../../solutions/03-derivatives.ts';
export function forwardDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return f(x + h) - f(x) / h;
}
