// Mutant: the inner loop indexes b the wrong way round, b[j][p] (row j of b) instead of b[p][j]
// (column j), which computes a·bᵀ when the shapes allow it and reads past b's rows otherwise.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a[0].length !== b.length) throw new Error(`matmul: cannot multiply ${shapeOf(a)} by ${shapeOf(b)}`);
  return a.map((row) => b[0].map((_, j) => row.reduce((s, aip, p) => s + aip * b[j][p], 0)));
}
