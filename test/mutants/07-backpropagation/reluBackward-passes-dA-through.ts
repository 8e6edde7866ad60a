// Mutant (beginner): the gradient handed down unchanged, without ReLU's slope; at the doc comment's
// z = 0 it also looks like relu'(0) = 1, which is what it was once called.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function reluBackward(dA: Matrix, Z: Matrix): Matrix {
  if (dA.length !== Z.length || dA[0].length !== Z[0].length) throw new Error(`shapes (${dA.length}×${dA[0].length}) and (${Z.length}×${Z[0].length}) differ`);
  return dA.map((row) => [...row]);
}
