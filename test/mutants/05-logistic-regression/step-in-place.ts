// Mutant: the weights are updated in the caller's array, which is then returned.
export * from '../../../solutions/05-logistic-regression.ts';
export function gradientStep(w: number[], b: number, gradients: { dw: number[]; db: number }, learningRate: number) {
  if (gradients.dw.length !== w.length) throw new Error(`got ${w.length} weights and ${gradients.dw.length} entries in dw`);
  for (let j = 0; j < w.length; j++) w[j] -= learningRate * gradients.dw[j];
  return { w, b: b - learningRate * gradients.db };
}
