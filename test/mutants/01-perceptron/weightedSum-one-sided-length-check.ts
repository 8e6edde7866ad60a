// Mutant: only checks that there are not more weights than inputs; extra inputs are ignored.
export * from '../../../solutions/01-perceptron.ts';
export function weightedSum(w: number[], b: number, x: number[]): number {
  if (w.length > x.length) throw new Error(`got ${w.length} weights and ${x.length} inputs`);
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return z;
}
