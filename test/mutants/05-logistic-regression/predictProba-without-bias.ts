// beginner: the bias is left out of z.
export * from '../../../solutions/05-logistic-regression.ts';
export function predictProba(w: number[], b: number, x: number[]): number {
  if (x.length !== w.length) throw new Error(`got ${w.length} weights and ${x.length} features`);
  let z = 0;
  for (let j = 0; j < w.length; j++) z += w[j] * x[j];
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
