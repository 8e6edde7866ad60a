// beginner: only labels above 1 are rejected, so the sign convention's -1 slips through.
export * from '../../../solutions/05-logistic-regression.ts';
export function binaryCrossEntropy(a: number, y: number, epsilon = 1e-12): number {
  if (y > 1) throw new Error(`expected a label 0 or 1, got ${y}`);
  const p = Math.min(Math.max(a, epsilon), 1 - epsilon);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}
