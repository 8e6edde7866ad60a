// Mutant: 1 / (1 + e^z), which is σ(-z): the probability of the other label.
export * from '../../../solutions/05-logistic-regression.ts';
export function predictProba(w: number[], b: number, x: number[]): number {
  if (x.length !== w.length) throw new Error(`got ${w.length} weights and ${x.length} features`);
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j] * x[j];
  return z <= 0 ? 1 / (1 + Math.exp(z)) : Math.exp(-z) / (1 + Math.exp(-z));
}
