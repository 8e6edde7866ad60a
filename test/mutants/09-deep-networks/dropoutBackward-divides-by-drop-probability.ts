// Mutant: the gradient divided by 1 − keepProb, the probability of dropping a unit.
export * from '../../../solutions/09-deep-networks.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function dropoutBackward(dA: Matrix, mask: Matrix, keepProb: number): Matrix {
  if (dA.length !== mask.length || dA[0].length !== mask[0].length) throw new Error(`dropoutBackward: dA and mask differ in shape`);
  return dA.map((row, i) => row.map((g, j) => (g * mask[i][j]) / (1 - keepProb)));
}
