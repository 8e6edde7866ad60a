// Mutant: throws a number (the difference of the lengths) instead of an Error.
export * from '../../../solutions/01-perceptron.ts';
export function weightedSum(w: number[], b: number, x: number[]): number {
  if (w.length !== x.length) throw w.length - x.length;
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return z;
}
