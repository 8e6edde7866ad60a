// Mutant (beginner): h has no default, so a call without h computes x + undefined = NaN.
export * from '../../../solutions/03-derivatives.ts';
export function forwardDifference(f: (x: number) => number, x: number, h?: number): number {
  const step = h as number;
  return (f(x + step) - f(x)) / step;
}
