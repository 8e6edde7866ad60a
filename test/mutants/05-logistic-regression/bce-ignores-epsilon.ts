// Mutant: clips with the default 1e-12 whatever epsilon is given.
export * from '../../../solutions/05-logistic-regression.ts';
export function binaryCrossEntropy(a: number, y: number, epsilon = 1e-12): number {
  if (y !== 0 && y !== 1) throw new Error(`expected a label 0 or 1, got ${y}`);
  const p = Math.min(Math.max(a, 1e-12), 1 - 1e-12);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}
