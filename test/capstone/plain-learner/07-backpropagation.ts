// A correct chapter 7's backward pass as a beginner writes it: map and reduce, new arrays everywhere.
import { type Layer, type LayerCache, type Matrix, matmul, transpose } from './06-forward-propagation.ts';

export interface LayerGradients {
  dW: Matrix;
  db: Matrix;
}

export function denseBackward(dZ: Matrix, cache: LayerCache): LayerGradients & { dAPrev: Matrix } {
  const m = cache.aPrev[0].length;
  const dW = matmul(dZ, transpose(cache.aPrev)).map((row) => row.map((v) => v / m));
  const db = dZ.map((row) => [row.reduce((s, v) => s + v, 0) / m]);
  const dAPrev = matmul(transpose(cache.W), dZ);
  return { dW, db, dAPrev };
}

function activationBackward(dA: Matrix, cache: LayerCache): Matrix {
  const { Z, activation } = cache;
  if (activation === 'relu') return dA.map((row, i) => row.map((v, j) => (Z[i][j] > 0 ? v : 0)));
  if (activation === 'sigmoid') {
    return dA.map((row, i) =>
      row.map((v, j) => {
        const s = 1 / (1 + Math.exp(-Z[i][j]));
        return v * s * (1 - s);
      }),
    );
  }
  if (activation === 'tanh') return dA.map((row, i) => row.map((v, j) => v * (1 - Math.tanh(Z[i][j]) ** 2)));
  return dA;
}

export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[]): LayerGradients[] {
  const grads: LayerGradients[] = [];
  let dZ = AL.map((row, i) => row.map((a, j) => a - Y[i][j]));
  for (let l = caches.length - 1; l >= 0; l--) {
    const { dW, db, dAPrev } = denseBackward(dZ, caches[l]);
    grads.unshift({ dW, db });
    if (l > 0) dZ = activationBackward(dAPrev, caches[l - 1]);
  }
  return grads;
}

export type { Layer };
