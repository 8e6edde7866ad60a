// Mutant (DESIGN §9, the notes' slip): σ'(z) written as z(1 − z), with Z where σ(Z) belongs.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function sigmoidBackward(dA: Matrix, Z: Matrix): Matrix {
  return Z.map((row, i) => row.map((z, j) => dA[i][j] * z * (1 - z)));
}
