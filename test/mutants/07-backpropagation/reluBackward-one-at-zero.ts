// Mutant: relu'(0) taken as 1 (z >= 0), against the chapter's convention.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function reluBackward(dA: Matrix, Z: Matrix): Matrix {
  if (dA.length !== Z.length || dA[0].length !== Z[0].length) throw new Error(`shapes (${dA.length}×${dA[0].length}) and (${Z.length}×${Z[0].length}) differ`);
  return Z.map((row, i) => row.map((z, j) => (z >= 0 ? dA[i][j] : 0)));
}
