// Mutant: the shape check looks one way only, so a b with MORE rows than a has columns is
// multiplied anyway (its extra rows ignored).
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function matmul(a: Matrix, b: Matrix): Matrix {
  const k = a[0].length;
  if (b.length < k) throw new Error(`matmul: cannot multiply ${shapeOf(a)} by ${shapeOf(b)}`);
  return a.map((row) => b[0].map((_, j) => row.reduce((s, aip, p) => s + aip * b[p][j], 0)));
}
