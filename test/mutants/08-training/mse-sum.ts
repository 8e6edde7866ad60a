// Mutant: the sum of the squared errors, not their mean.
export * from '../../../solutions/08-training.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function meanSquaredError(AL: Matrix, Y: Matrix): number {
  if (AL.length !== Y.length || AL[0]?.length !== Y[0]?.length) throw new Error(`shapes (${AL.length}×${AL[0]?.length}) and (${Y.length}×${Y[0]?.length})`);
  if (AL.length === 0 || AL[0].length === 0) throw new Error('no entries');
  return AL.reduce((s, row, i) => s + row.reduce((t, a, j) => t + (a - Y[i][j]) ** 2, 0), 0);
}
