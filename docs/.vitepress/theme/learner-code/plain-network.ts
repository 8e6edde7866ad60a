/**
 * Chapters 6 to 8's functions with the exercises' own contracts (matrices as nested rows, examples
 * as columns, new arrays returned), computed by lib's Matrix kernels: the reference that the
 * "Use my code" recipes of the network diagram, the backprop stepper, the training playground and
 * the gradient norms fall back to, exercise by exercise, where the learner's function cannot be used.
 */
import { activate, activationBackward, type ActivationName } from '../../../../lib/activations.ts';
import { ADAM_DEFAULTS, adamUpdate as adamMatrixUpdate } from '../../../../lib/adam.ts';
import { miniBatches as matrixBatches } from '../../../../lib/batches.ts';
import { Matrix, addBias, matmul, matmulTransA, matmulTransB } from '../../../../lib/matrix.ts';
import { momentumUpdate as momentumMatrixUpdate, sgdUpdate as sgdMatrixUpdate } from '../../../../lib/optim.ts';
import { createRandom } from '../../../../lib/random.ts';

export type Rows = number[][];
export type Activation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax';
export interface PlainLayer {
  W: Rows;
  b: Rows;
}
export interface PlainGradients {
  dW: Rows;
  db: Rows;
}
export interface PlainCache extends PlainLayer {
  aPrev: Rows;
  Z: Rows;
  A: Rows;
  activation: Activation;
}
export interface AdamState {
  t: number;
  m: PlainGradients[];
  v: PlainGradients[];
}

/** One layer: Z = W A_prev + b, A = g(Z). */
export function denseForward(aPrev: Rows, layer: PlainLayer, activation: Activation): PlainCache {
  const z = addBias(matmul(Matrix.from(layer.W), Matrix.from(aPrev)), Matrix.from(layer.b));
  return { aPrev, W: layer.W, b: layer.b, Z: z.toArray(), A: activate(activation as ActivationName, z).toArray(), activation };
}

export function forwardPropagation(X: Rows, layers: PlainLayer[], activations: Activation[]): { AL: Rows; caches: PlainCache[] } {
  const caches: PlainCache[] = [];
  let A = X;
  layers.forEach((layer, l) => {
    const cache = denseForward(A, layer, activations[l]);
    caches.push(cache);
    A = cache.A;
  });
  return { AL: A, caches };
}

/** dZ = dA ⊙ σ′(Z), entry by entry. */
export function sigmoidBackward(dA: Rows, Z: Rows): Rows {
  const z = Matrix.from(Z);
  return activationBackward('sigmoid', z, activate('sigmoid', z), Matrix.from(dA)).toArray();
}

/** One layer backward, from dZ per example: dW = (1/m) dZ A_prevᵀ, db = (1/m) Σ_columns dZ, dAPrev = Wᵀ dZ. */
export function denseBackward(dZ: Rows, cache: PlainCache): PlainGradients & { dAPrev: Rows } {
  const m = cache.aPrev[0].length;
  const dz = Matrix.from(dZ);
  const dW = matmulTransB(dz, Matrix.from(cache.aPrev)).toArray().map((row) => row.map((g) => g / m));
  const db = dZ.map((row) => [row.reduce((sum, g) => sum + g, 0) / m]);
  return { dW, db, dAPrev: matmulTransA(Matrix.from(cache.W), dz).toArray() };
}

/** Cross-entropy at a softmax or sigmoid output: dZ = AL − Y at the top, then down through each layer. */
export function backwardPropagation(AL: Rows, Y: Rows, caches: PlainCache[]): PlainGradients[] {
  const grads: PlainGradients[] = [];
  let dZ: Rows = AL.map((row, i) => row.map((a, j) => a - Y[i][j]));
  for (let l = caches.length - 1; l >= 0; l--) {
    const { dW, db, dAPrev } = denseBackward(dZ, caches[l]);
    grads[l] = { dW, db };
    if (l > 0) {
      const below = caches[l - 1];
      dZ = activationBackward(below.activation as ActivationName, Matrix.from(below.Z), Matrix.from(below.A), Matrix.from(dAPrev)).toArray();
    }
  }
  return grads;
}

/** Each of `values` moved by lib's in-place `update`, on copies. */
function updated(values: Rows, update: (value: Matrix) => void): Rows {
  const value = Matrix.from(values);
  update(value);
  return value.toArray();
}

const flat = (rows: Rows) => Float64Array.from(rows.flat());
const shaped = (data: Float64Array, like: Rows): Rows => like.map((row, i) => Array.from(data.subarray(i * row.length, (i + 1) * row.length)));

export function sgdUpdate(layers: PlainLayer[], grads: PlainGradients[], learningRate: number): PlainLayer[] {
  return layers.map((layer, l) => ({
    W: updated(layer.W, (W) => sgdMatrixUpdate(W, Matrix.from(grads[l].dW), learningRate)),
    b: updated(layer.b, (b) => sgdMatrixUpdate(b, Matrix.from(grads[l].db), learningRate)),
  }));
}

export function momentumUpdate(
  layers: PlainLayer[],
  grads: PlainGradients[],
  velocities: PlainGradients[],
  learningRate: number,
  beta: number,
): { layers: PlainLayer[]; velocities: PlainGradients[] } {
  const next: PlainGradients[] = [];
  const moved = layers.map((layer, l) => {
    const [vW, vb] = [flat(velocities[l].dW), flat(velocities[l].db)];
    const W = updated(layer.W, (W) => momentumMatrixUpdate(W, Matrix.from(grads[l].dW), vW, learningRate, beta));
    const b = updated(layer.b, (b) => momentumMatrixUpdate(b, Matrix.from(grads[l].db), vb, learningRate, beta));
    next.push({ dW: shaped(vW, layer.W), db: shaped(vb, layer.b) });
    return { W, b };
  });
  return { layers: moved, velocities: next };
}

export function adamUpdate(
  layers: PlainLayer[],
  grads: PlainGradients[],
  state: AdamState,
  learningRate: number,
  options: { beta1?: number; beta2?: number; epsilon?: number } = {},
): { layers: PlainLayer[]; state: AdamState } {
  const t = state.t + 1;
  const m: PlainGradients[] = [];
  const v: PlainGradients[] = [];
  const moved = layers.map((layer, l) => {
    const moments = [flat(state.m[l].dW), flat(state.v[l].dW), flat(state.m[l].db), flat(state.v[l].db)];
    const settings = { ...ADAM_DEFAULTS, ...options };
    const W = updated(layer.W, (W) => adamMatrixUpdate(W, Matrix.from(grads[l].dW), moments[0], moments[1], t, learningRate, settings));
    const b = updated(layer.b, (b) => adamMatrixUpdate(b, Matrix.from(grads[l].db), moments[2], moments[3], t, learningRate, settings));
    m.push({ dW: shaped(moments[0], layer.W), db: shaped(moments[2], layer.b) });
    v.push({ dW: shaped(moments[1], layer.W), db: shaped(moments[3], layer.b) });
    return { W, b };
  });
  return { layers: moved, state: { t, m, v } };
}

/** The epoch's batches: the columns in the order createRandom(seed) shuffles them, cut into runs of batchSize. */
export function miniBatches(X: Rows, Y: Rows, batchSize: number, seed: number): { X: Rows; Y: Rows }[] {
  return matrixBatches(Matrix.from(X), Matrix.from(Y), batchSize, createRandom(seed)).map((batch) => ({ X: batch.x.toArray(), Y: batch.y.toArray() }));
}
