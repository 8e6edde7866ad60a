// Mutant: broadcasts the bias along the wrong axis, b[j] into column j instead of b[i] into row i.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function addBias(z: Matrix, b: Matrix): Matrix {
  if (b.length !== z.length || b[0].length !== 1) throw new Error(`addBias: the bias must be (${z.length}×1) to add to ${shapeOf(z)}, got ${shapeOf(b)}`);
  return z.map((row) => row.map((v, j) => v + b[j][0]));
}
