// Mutant: also accepts a (1×m) row as the bias, one number per example, adding b[0][j] to column j.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function addBias(z: Matrix, b: Matrix): Matrix {
  if (b.length === 1 && b[0].length === z[0].length && z.length !== 1) return z.map((row) => row.map((v, j) => v + b[0][j]));
  if (b.length !== z.length || b[0].length !== 1) throw new Error(`addBias: the bias must be (${z.length}×1) to add to ${shapeOf(z)}, got ${shapeOf(b)}`);
  return z.map((row, i) => row.map((v) => v + b[i][0]));
}
