// Mutant: σ written as e^z / (1 + e^z) for every z, so at z = 1000 it is Infinity / Infinity = NaN.
export * from '../../../solutions/05-logistic-regression.ts';
export function predictProba(w: number[], b: number, x: number[]): number {
  if (x.length !== w.length) throw new Error(`got ${w.length} weights and ${x.length} features`);
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j] * x[j];
  return Math.exp(z) / (1 + Math.exp(z));
}
