// Mutant: no floor under the probabilities, so ln 0 = −Infinity reaches the sum.
export * from '../../../solutions/08-training.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function categoricalCrossEntropy(AL: Matrix, Y: Matrix, epsilon = 1e-12): number {
  if (AL.length !== Y.length || AL[0]?.length !== Y[0]?.length) throw new Error(`shapes (${AL.length}×${AL[0]?.length}) and (${Y.length}×${Y[0]?.length})`);
  void epsilon;
  let sum = 0;
  for (let i = 0; i < AL.length; i++) for (let j = 0; j < AL[i].length; j++) sum -= Y[i][j] * Math.log(AL[i][j]);
  return sum / AL[0].length;
}
