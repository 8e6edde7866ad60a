// Mutant (DESIGN §9, the notes' slip): only the diagonal of the softmax Jacobian, dZ = dA ⊙ s(1 − s)
// with dA = −Y/AL.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function softmaxCrossEntropyBackward(AL: Matrix, Y: Matrix): Matrix {
  if (AL.length !== Y.length || AL[0].length !== Y[0].length) throw new Error(`shapes (${AL.length}×${AL[0].length}) and (${Y.length}×${Y[0].length}) differ`);
  const dA = AL.map((row, i) => row.map((a, j) => -Y[i][j] / a));
  return AL.map((row, i) => row.map((s, j) => dA[i][j] * s * (1 - s)));
}
