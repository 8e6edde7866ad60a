// beginner: the weights step but the bias is returned as it was.
export * from '../../../solutions/05-logistic-regression.ts';
export function gradientStep(w: number[], b: number, gradients: { dw: number[]; db: number }, learningRate: number) {
  if (gradients.dw.length !== w.length) throw new Error(`got ${w.length} weights and ${gradients.dw.length} entries in dw`);
  return { w: w.map((wj, j) => wj - learningRate * gradients.dw[j]), b };
}
