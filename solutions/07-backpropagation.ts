/**
 * Chapter 7: Backpropagation. Worked solutions.
 * Page: docs/07-backpropagation.md
 */

/**
 * The element-wise sum of two vectors: `addVectors07([1, 2], [3, 5])` is [4, 7], a new array with
 * one entry a[i] + b[i] per position, and two empty vectors give [].
 * Does not modify `a` or `b`.
 * Throws an Error whose message names both lengths when a and b have different lengths, whichever
 * of the two is longer (for example "lengths 3 and 2 differ").
 */
export function addVectors07(a: number[], b: number[]): number[] {
  // Check first, and both ways (!==, not >): past the end of a shorter b, b[i] is undefined and
  // the sum NaN; the extra entries of a longer b would be dropped without a word.
  if (a.length !== b.length) {
    throw new Error(`addVectors07 expected two vectors of the same length, got lengths ${a.length} and ${b.length}`);
  }
  // map builds a new array with one entry per position, so the caller's a and b stay as they were
  // (and two empty vectors give [] with no special case).
  return a.map((ai, i) => ai + b[i]);
}

// ---------------------------------------------------------------------------------------------
// The spine of chapters 7 to 9 (written first so that chapters 8 and 9 can build on it; the
// chapter's exercise helper owns this file and may improve the comments, but not the names, types
// or meaning).

import { type LayerCache, type Matrix, matmul, shapeOf, transpose } from './06-forward-propagation.ts';
import { sigmoid } from './02-activation-functions.ts';

/** One layer's gradients of the cost J = (1/m) Σ loss: dW like W (n_l × n_{l−1}), db like b (n_l × 1). */
export interface LayerGradients {
  dW: Matrix;
  db: Matrix;
}

function sameShape(name: string, a: Matrix, b: Matrix): void {
  if (a.length !== b.length || a[0]?.length !== b[0]?.length) {
    throw new Error(`${name}: dA and Z must have the same shape, got ${shapeOf(a)} and ${shapeOf(b)}`);
  }
}

/** dZ = dA ⊙ σ'(Z), with σ'(Z) = σ(Z)(1 − σ(Z)). */
export function sigmoidBackward(dA: Matrix, Z: Matrix): Matrix {
  sameShape('sigmoidBackward', dA, Z);
  return Z.map((row, i) =>
    row.map((z, j) => {
      const s = sigmoid(z);
      return dA[i][j] * s * (1 - s);
    }),
  );
}

/** dZ = dA ⊙ relu'(Z), with relu'(z) = 1 for z > 0 and 0 otherwise (0 at z = 0, as in chapter 3). */
export function reluBackward(dA: Matrix, Z: Matrix): Matrix {
  sameShape('reluBackward', dA, Z);
  return Z.map((row, i) => row.map((z, j) => (z > 0 ? dA[i][j] : 0)));
}

/** dZ = dA ⊙ (1 − tanh²(Z)). */
export function tanhBackward(dA: Matrix, Z: Matrix): Matrix {
  sameShape('tanhBackward', dA, Z);
  return Z.map((row, i) =>
    row.map((z, j) => {
      const t = Math.tanh(z);
      return dA[i][j] * (1 - t * t);
    }),
  );
}

/**
 * One dense layer backward, from dZ = m·∂J/∂Z (per-example rows, no 1/m yet):
 * dW = (1/m) dZ A_prevᵀ, db = (1/m) Σ over the batch of dZ, dA_prev = Wᵀ dZ.
 */
export function denseBackward(dZ: Matrix, cache: LayerCache): LayerGradients & { dAPrev: Matrix } {
  const m = cache.aPrev[0].length;
  if (dZ.length !== cache.Z.length || dZ[0]?.length !== m) {
    throw new Error(`denseBackward: dZ must have the shape of Z ${shapeOf(cache.Z)}, got ${shapeOf(dZ)}`);
  }
  const dW = matmul(dZ, transpose(cache.aPrev)).map((row) => row.map((v) => v / m));
  const db = dZ.map((row) => [row.reduce((s, v) => s + v, 0) / m]);
  const dAPrev = matmul(transpose(cache.W), dZ);
  return { dW, db, dAPrev };
}

/**
 * dZ of a softmax output with categorical cross-entropy (or a sigmoid output with binary
 * cross-entropy): AL − Y, per example (the 1/m comes in denseBackward).
 */
export function softmaxCrossEntropyBackward(AL: Matrix, Y: Matrix): Matrix {
  if (AL.length !== Y.length || AL[0]?.length !== Y[0]?.length) {
    throw new Error(`softmaxCrossEntropyBackward: AL and Y must have the same shape, got ${shapeOf(AL)} and ${shapeOf(Y)}`);
  }
  return AL.map((row, i) => row.map((a, j) => a - Y[i][j]));
}

/**
 * Every layer's gradients, first layer first, for a network whose output layer is softmax (or
 * sigmoid) with cross-entropy, from the caches of forwardPropagation.
 */
export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[]): LayerGradients[] {
  const L = caches.length;
  const last = caches[L - 1].activation;
  if (last !== 'softmax' && last !== 'sigmoid') {
    throw new Error(`backwardPropagation expects a softmax or sigmoid output layer (with cross-entropy), got "${last}"`);
  }
  const grads: LayerGradients[] = new Array(L);
  let dZ = softmaxCrossEntropyBackward(AL, Y);
  for (let l = L - 1; l >= 0; l--) {
    const { dW, db, dAPrev } = denseBackward(dZ, caches[l]);
    grads[l] = { dW, db };
    if (l === 0) break;
    const below = caches[l - 1];
    if (below.activation === 'relu') dZ = reluBackward(dAPrev, below.Z);
    else if (below.activation === 'sigmoid') dZ = sigmoidBackward(dAPrev, below.Z);
    else if (below.activation === 'tanh') dZ = tanhBackward(dAPrev, below.Z);
    else if (below.activation === 'linear') dZ = dAPrev;
    else throw new Error(`backwardPropagation: a hidden layer cannot be "${below.activation}"`);
  }
  return grads;
}
