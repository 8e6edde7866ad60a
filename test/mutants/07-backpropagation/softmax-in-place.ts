// Beginner mutant: AL − Y computed in place, into the caller's AL.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function softmaxCrossEntropyBackward(AL: Matrix, Y: Matrix): Matrix {
  if (AL.length !== Y.length || AL[0].length !== Y[0].length) throw new Error(`shapes (${AL.length}×${AL[0].length}) and (${Y.length}×${Y[0].length}) differ`);
  for (let i = 0; i < AL.length; i++) for (let j = 0; j < AL[i].length; j++) AL[i][j] -= Y[i][j];
  return AL;
}
