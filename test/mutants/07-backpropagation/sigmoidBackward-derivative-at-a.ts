// Mutant: g'(A) where g'(Z) is needed: σ' evaluated at A = σ(Z), so σ is applied twice.
export * from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
import { sigmoid } from '../../../solutions/02-activation-functions.ts';
export function sigmoidBackward(dA: Matrix, Z: Matrix): Matrix {
  return Z.map((row, i) =>
    row.map((z, j) => {
      const s = sigmoid(sigmoid(z));
      return dA[i][j] * s * (1 - s);
    }),
  );
}
