// beginner: the length check looks one way only, so a shorter x reads undefined and returns NaN.
export * from '../../../solutions/05-logistic-regression.ts';
export function predictProba(w: number[], b: number, x: number[]): number {
  if (x.length > w.length) throw new Error(`got ${w.length} weights and ${x.length} features`);
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j] * x[j];
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
