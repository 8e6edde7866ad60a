// Mutant (beginner): only the numbers of rows are compared; extra columns of AL read undefined from Y.
export * from '../../../solutions/08-training.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function meanSquaredError(AL: Matrix, Y: Matrix): number {
  if (AL.length !== Y.length) throw new Error(`shapes (${AL.length}×${AL[0]?.length}) and (${Y.length}×${Y[0]?.length})`);
  if (AL.length === 0 || AL[0].length === 0) throw new Error('no entries');
  let sum = 0;
  for (let i = 0; i < AL.length; i++) for (let j = 0; j < AL[i].length; j++) sum += (AL[i][j] - Y[i][j]) ** 2;
  return sum / (AL.length * AL[0].length);
}
