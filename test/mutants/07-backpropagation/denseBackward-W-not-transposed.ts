// Mutant: dAPrev = W dZ, the Wᵀ missing.
export * from '../../../solutions/07-backpropagation.ts';
import { type LayerCache, type Matrix, matmul, transpose } from '../../../solutions/06-forward-propagation.ts';
export function denseBackward(dZ: Matrix, cache: LayerCache) {
  const m = cache.aPrev[0].length;
  const dW = matmul(dZ, transpose(cache.aPrev)).map((row) => row.map((v) => v / m));
  const db = dZ.map((row) => [row.reduce((s, v) => s + v, 0) / m]);
  return { dW, db, dAPrev: matmul(cache.W, dZ) };
}
