// Beginner mutant: each row of the product starts as new Array(m) without fill(0), so every
// entry begins as undefined and undefined + a number is NaN.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Matrix, shapeOf } from '../../../solutions/06-forward-propagation.ts';
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a[0].length !== b.length) throw new Error(`cannot multiply ${shapeOf(a)} by ${shapeOf(b)}`);
  const out: Matrix = [];
  for (let i = 0; i < a.length; i++) {
    const row: number[] = new Array(b[0].length);
    for (let j = 0; j < b[0].length; j++) {
      for (let p = 0; p < b.length; p++) row[j] += a[i][p] * b[p][j];
    }
    out.push(row);
  }
  return out;
}
