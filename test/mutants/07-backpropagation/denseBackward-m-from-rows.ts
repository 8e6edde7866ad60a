// Beginner mutant: m read as the number of rows of dZ (units) instead of its columns (examples).
export * from '../../../solutions/07-backpropagation.ts';
import { type LayerCache, type Matrix, matmul, transpose } from '../../../solutions/06-forward-propagation.ts';
export function denseBackward(dZ: Matrix, cache: LayerCache) {
  const m = dZ.length;
  const dW = matmul(dZ, transpose(cache.aPrev)).map((row) => row.map((v) => v / m));
  const db = dZ.map((row) => [row.reduce((s, v) => s + v, 0) / m]);
  return { dW, db, dAPrev: matmul(transpose(cache.W), dZ) };
}
