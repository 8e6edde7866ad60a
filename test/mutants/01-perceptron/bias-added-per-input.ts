// Mutant: the bias is added inside the loop, once per input.
export * from '../../../solutions/01-perceptron.ts';
export function weightedSum(w: number[], b: number, x: number[]): number {
  let z = 0;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i] + b;
  return z;
}
