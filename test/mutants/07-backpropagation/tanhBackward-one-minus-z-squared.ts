// Mutant (DESIGN §9, the notes' slip): tanh'(z) written as 1 − z², with Z where tanh(Z) belongs.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function tanhBackward(dA: Matrix, Z: Matrix): Matrix {
  return Z.map((row, i) => row.map((z, j) => dA[i][j] * (1 - z * z)));
}
