// Mutant: b[0] added to every entry, the first unit's bias broadcast to every row.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function addBias(z: Matrix, b: Matrix): Matrix {
  if (b.length !== z.length || b[0].length !== 1) throw new Error(`addBias: the bias must be (${z.length}×1) to add to ${shapeOf(z)}, got ${shapeOf(b)}`);
  return z.map((row) => row.map((v) => v + b[0][0]));
}
