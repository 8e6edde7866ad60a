// Beginner mutant: an off-by-one loop bound (i < w.length - 1) leaves out the last input.
export * from '../../../solutions/01-perceptron.ts';
export function weightedSum(w: number[], b: number, x: number[]): number {
  if (w.length !== x.length) throw new Error(`lengths ${w.length} and ${x.length} differ`);
  let z = b;
  for (let i = 0; i < w.length - 1; i++) z += w[i] * x[i];
  return z;
}
