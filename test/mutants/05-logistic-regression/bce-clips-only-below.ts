// beginner: a is kept above epsilon but not below 1 - epsilon, so at a = 1 the term (1 - y) ln(1 - a)
// is 0 × ln 0 = NaN for y = 1 (and ln 0 = -Infinity for y = 0).
export * from '../../../solutions/05-logistic-regression.ts';
export function binaryCrossEntropy(a: number, y: number, epsilon = 1e-12): number {
  if (y !== 0 && y !== 1) throw new Error(`expected a label 0 or 1, got ${y}`);
  const p = Math.max(a, epsilon);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}
