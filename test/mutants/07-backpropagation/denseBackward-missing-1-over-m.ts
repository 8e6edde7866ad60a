// Mutant: dW = dZ A_prevᵀ and db = Σ dZ, the 1/m missing.
export * from '../../../solutions/07-backpropagation.ts';
import { type LayerCache, type Matrix, matmul, transpose } from '../../../solutions/06-forward-propagation.ts';
export function denseBackward(dZ: Matrix, cache: LayerCache) {
  const dW = matmul(dZ, transpose(cache.aPrev));
  const db = dZ.map((row) => [row.reduce((s, v) => s + v, 0)]);
  return { dW, db, dAPrev: matmul(transpose(cache.W), dZ) };
}
