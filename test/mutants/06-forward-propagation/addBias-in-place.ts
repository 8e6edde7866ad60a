// Beginner mutant: adds the bias into z itself and returns it, changing the caller's matrix.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function addBias(z: Matrix, b: Matrix): Matrix {
  if (b.length !== z.length || b[0].length !== 1) throw new Error(`bias ${shapeOf(b)} does not fit ${shapeOf(z)}`);
  for (let i = 0; i < z.length; i++) for (let j = 0; j < z[i].length; j++) z[i][j] += b[i][0];
  return z;
}
