// Mutant: the sum over p runs to a.length (the rows of a) instead of a[0].length (its columns),
// which is right only when a is square.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a[0].length !== b.length) throw new Error(`matmul: cannot multiply ${shapeOf(a)} by ${shapeOf(b)}`);
  return a.map((_, i) =>
    b[0].map((_, j) => {
      let sum = 0;
      for (let p = 0; p < a.length; p++) sum += a[i][p] * b[p][j];
      return sum;
    }),
  );
}
