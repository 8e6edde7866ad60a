// Beginner mutant: 1 − tanh(z), the square forgotten.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function tanhBackward(dA: Matrix, Z: Matrix): Matrix {
  return Z.map((row, i) => row.map((z, j) => dA[i][j] * (1 - Math.tanh(z))));
}
