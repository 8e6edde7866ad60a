/**
 * Chapter 6: Forward propagation. Worked solutions.
 * Page: docs/06-forward-propagation.md
 */

/**
 * The element-wise sum of two vectors: `addVectors([1, 2], [3, 5])` is [4, 7], a new array with
 * one entry a[i] + b[i] per position, and two empty vectors give [].
 * Does not modify `a` or `b`.
 * Throws an Error whose message names both lengths when a and b have different lengths, whichever
 * of the two is longer (for example "lengths 3 and 2 differ").
 */
export function addVectors(a: number[], b: number[]): number[] {
  // Check first, and both ways (!==, not >): past the end of a shorter b, b[i] is undefined and
  // the sum NaN; the extra entries of a longer b would be dropped without a word.
  if (a.length !== b.length) {
    throw new Error(`addVectors expected two vectors of the same length, got lengths ${a.length} and ${b.length}`);
  }
  // map builds a new array with one entry per position, so the caller's a and b stay as they were
  // (and two empty vectors give [] with no special case).
  return a.map((ai, i) => ai + b[i]);
}

// ---------------------------------------------------------------------------------------------
// The spine of chapters 6 to 9 (written first so that chapters 7–9 can build on it; the chapter's
// exercise helper owns this file and may improve the comments, but not the names, types or meaning).

import { createRandom } from '../lib/random.ts';
import { relu, sigmoid, softmax, tanh } from './02-activation-functions.ts';

/** A matrix as nested arrays of rows: M[i][j] is row i, column j. Examples are columns. */
export type Matrix = number[][];

/** What a layer applies to its Z, entry by entry (softmax: column by column). */
export type Activation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax';

/** One dense layer's parameters: W of shape (n_l × n_{l−1}) and the bias b of shape (n_l × 1). */
export interface Layer {
  W: Matrix;
  b: Matrix;
}

/** What a layer's forward pass keeps for the backward pass (chapter 7). */
export interface LayerCache {
  /** The layer's input A[l−1] (X for the first layer), (n_{l−1} × m). */
  aPrev: Matrix;
  W: Matrix;
  b: Matrix;
  /** Z[l] = W[l] A[l−1] + b[l], (n_l × m). */
  Z: Matrix;
  /** A[l] = g(Z[l]), (n_l × m). */
  A: Matrix;
  activation: Activation;
}

/** The network's output and one cache per layer, first layer first. */
export interface ForwardResult {
  AL: Matrix;
  caches: LayerCache[];
}

/** "(2×3)": a shape as the error messages write it. */
export function shapeOf(a: Matrix): string {
  return `(${a.length}×${a[0]?.length ?? 0})`;
}

function checkMatrix(name: string, a: Matrix): void {
  if (!Array.isArray(a) || a.length === 0 || !Array.isArray(a[0]) || a[0].length === 0) {
    throw new Error(`${name} expected a matrix with at least one row and one column, got ${JSON.stringify(a)}`);
  }
  for (const row of a) {
    if (row.length !== a[0].length) throw new Error(`${name}: every row must have ${a[0].length} entries, but one has ${row.length}`);
  }
}

/** The matrix product A B: (n×k)(k×m) → (n×m). */
export function matmul(a: Matrix, b: Matrix): Matrix {
  checkMatrix('matmul', a);
  checkMatrix('matmul', b);
  const [n, k, m] = [a.length, a[0].length, b[0].length];
  if (b.length !== k) throw new Error(`matmul: cannot multiply ${shapeOf(a)} by ${shapeOf(b)}: the inner sizes ${k} and ${b.length} differ`);
  const out: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m).fill(0);
    for (let p = 0; p < k; p++) {
      const aip = a[i][p];
      for (let j = 0; j < m; j++) row[j] += aip * b[p][j];
    }
    out.push(row);
  }
  return out;
}

/** Aᵀ: rows become columns. */
export function transpose(a: Matrix): Matrix {
  checkMatrix('transpose', a);
  return a[0].map((_, j) => a.map((row) => row[j]));
}

/** Z + b with the bias column b (n×1) added to every column of Z (n×m): broadcasting. */
export function addBias(z: Matrix, b: Matrix): Matrix {
  checkMatrix('addBias', z);
  checkMatrix('addBias', b);
  if (b.length !== z.length || b[0].length !== 1) {
    throw new Error(`addBias: the bias must be (${z.length}×1) to add to ${shapeOf(z)}, got ${shapeOf(b)}`);
  }
  return z.map((row, i) => row.map((v) => v + b[i][0]));
}

function activate(z: Matrix, activation: Activation): Matrix {
  switch (activation) {
    case 'linear':
      return z.map((row) => [...row]);
    case 'relu':
      return z.map((row) => row.map(relu));
    case 'sigmoid':
      return z.map((row) => row.map(sigmoid));
    case 'tanh':
      return z.map((row) => row.map(tanh));
    case 'softmax':
      // Softmax mixes the entries of one column (one example), so it goes column by column.
      return transpose(transpose(z).map((column) => softmax(column)));
    default:
      throw new Error(`unknown activation "${activation}"; expected linear, relu, sigmoid, tanh or softmax`);
  }
}

/** One layer: Z = W A_prev + b, A = g(Z), with everything the backward pass will need. */
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  const Z = addBias(matmul(layer.W, aPrev), layer.b);
  return { aPrev, W: layer.W, b: layer.b, Z, A: activate(Z, activation), activation };
}

/**
 * Weights for layer sizes [n_0, n_1, …, n_L]: W[l] of shape (n_l × n_{l−1}) with entries drawn from
 * N(0, 1/n_{l−1}) by createRandom(seed).gaussian(), and zero biases (n_l × 1).
 */
export function initializeParameters(sizes: number[], seed: number): Layer[] {
  if (sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error(`initializeParameters expected at least two layer sizes, each a whole number above 0, got [${sizes.join(', ')}]`);
  }
  const random = createRandom(seed);
  const layers: Layer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const scale = Math.sqrt(1 / sizes[l - 1]);
    const W = Array.from({ length: sizes[l] }, () => Array.from({ length: sizes[l - 1] }, () => random.gaussian() * scale));
    const b = Array.from({ length: sizes[l] }, () => [0]);
    layers.push({ W, b });
  }
  return layers;
}

/** The whole network, layer by layer: activations[l] is layer l+1's g. */
export function forwardPropagation(X: Matrix, layers: Layer[], activations: Activation[]): ForwardResult {
  if (activations.length !== layers.length) {
    throw new Error(`forwardPropagation: ${layers.length} layers but ${activations.length} activations`);
  }
  const caches: LayerCache[] = [];
  let A = X;
  for (let l = 0; l < layers.length; l++) {
    const cache = denseForward(A, layers[l], activations[l]);
    caches.push(cache);
    A = cache.A;
  }
  return { AL: A, caches };
}
