/**
 * Chapter 6: Forward propagation. Worked solutions.
 * Page: docs/06-forward-propagation.md
 *
 * A network is a list of dense layers. Layer l turns the previous layer's activations A[l−1]
 * into its own, for a whole batch at once:
 *
 *   Z[l] = W[l] A[l−1] + b[l]        A[l] = g[l](Z[l])        A[0] = X
 *
 * Examples are the COLUMNS of X and of every A and Z (m = batch size), W[l] is (n_l × n_{l−1})
 * and b[l] an (n_l × 1) column. Matrices are plain nested arrays of rows.
 *
 * The types and functions of this file are the spine of chapters 6 to 9: chapter 7's backward
 * pass reads the caches forwardPropagation returns, and chapter 8 trains with both. Their names,
 * types and meaning are fixed. No function here modifies its inputs.
 */
import { createRandom } from '../lib/random.ts';
import { relu, sigmoid, softmax, tanh } from './02-activation-functions.ts';
// The types are the stub's own, so this solution keeps to exactly the contract the learner is given.
import type { Matrix, Activation, Layer, LayerCache, ForwardResult } from '../exercises/06-forward-propagation.ts';
export type { Matrix, Activation, Layer, LayerCache, ForwardResult };

// ---------------------------------------------------------------------------------------------
// Shapes

/** "(2×3)": a shape as the error messages write it. */
export function shapeOf(a: Matrix): string {
  return `(${a.length}×${a[0]?.length ?? 0})`;
}

/**
 * Every function below reads a[0].length as "the number of columns", which is only true of a
 * matrix with at least one row whose rows all have the same length. Say so at once rather than
 * let a ragged row turn into NaN three layers later.
 */
function checkMatrix(name: string, a: Matrix): void {
  if (!Array.isArray(a) || a.length === 0 || !Array.isArray(a[0]) || a[0].length === 0) {
    throw new Error(`${name} expected a matrix with at least one row and one column, got ${JSON.stringify(a)}`);
  }
  for (const row of a) {
    if (row.length !== a[0].length) throw new Error(`${name}: every row must have ${a[0].length} entries, but one has ${row.length}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Exercises

/** The matrix product A B: (n×k)(k×m) → (n×m). */
export function matmul(a: Matrix, b: Matrix): Matrix {
  checkMatrix('matmul', a);
  checkMatrix('matmul', b);
  const [n, k, m] = [a.length, a[0].length, b[0].length];
  // The one rule of a product: A's columns meet B's rows, so their counts must be equal. !== and
  // not >, so a B with too many rows is refused as well as one with too few.
  if (b.length !== k) throw new Error(`matmul: cannot multiply ${shapeOf(a)} by ${shapeOf(b)}: the inner sizes ${k} and ${b.length} differ`);
  // out[i][j] = Σ_p a[i][p] b[p][j]: row i of A against column j of B. The loops run i, p, j
  // (not i, j, p) so that the innermost one walks along a row of B and a row of out, which
  // reads memory in order; the sum is the same.
  const out: Matrix = [];
  for (let i = 0; i < n; i++) {
    // fill(0): each entry starts as an empty sum; new Array(m) alone holds undefined, and
    // undefined + a number is NaN.
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
  // Row j of the result is column j of a: one entry from each of a's rows. The result is
  // (cols × rows), a new matrix; a itself is left as it was.
  return a[0].map((_, j) => a.map((row) => row[j]));
}

/** Z + b with the bias column b (n×1) added to every column of Z (n×m): broadcasting. */
export function addBias(z: Matrix, b: Matrix): Matrix {
  checkMatrix('addBias', z);
  checkMatrix('addBias', b);
  // One bias per unit, so one per ROW of Z: (n×1). A (1×m) row would be one number per
  // example, which is not what a layer has.
  if (b.length !== z.length || b[0].length !== 1) {
    throw new Error(`addBias: the bias must be (${z.length}×1) to add to ${shapeOf(z)}, got ${shapeOf(b)}`);
  }
  // Unit i's bias b[i][0] goes into every entry of row i: the same bias for every example
  // (every column). That copying along the row is what "broadcasting" means.
  return z.map((row, i) => row.map((v) => v + b[i][0]));
}

/** A = g(Z) for one of the five activations, as a new matrix. */
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
      // Softmax mixes the entries of one example, which is one COLUMN. So: turn columns into
      // rows, take chapter 2's softmax of each (it subtracts the maximum, so large logits do
      // not overflow), and turn the rows back into columns.
      return transpose(transpose(z).map((column) => softmax(column)));
    default:
      throw new Error(`unknown activation "${activation as string}"; expected linear, relu, sigmoid, tanh or softmax`);
  }
}

/** One layer: Z = W A_prev + b, A = g(Z), with everything the backward pass will need. */
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  // W on the left: (n_l × n_{l−1})(n_{l−1} × m) = (n_l × m), one column per example. matmul
  // refuses an A_prev whose rows do not match W's columns, naming both shapes.
  const Z = addBias(matmul(layer.W, aPrev), layer.b);
  // The cache keeps the inputs as they came (the backward pass needs A_prev for dW and W for
  // dA_prev) and Z as well as A (g'(Z) needs Z).
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
  // One generator for the whole network, created once: the same seed gives the same network,
  // and layers of equal size still get different weights (a generator created per layer would
  // repeat the same numbers in every layer).
  const random = createRandom(seed);
  const layers: Layer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    // Standard deviation 1/√n_{l−1}, so variance 1/n_{l−1}: a unit sums n_{l−1} products, and
    // this keeps the variance of that sum about the variance of one input.
    const scale = Math.sqrt(1 / sizes[l - 1]);
    // Row by row, left to right: the draw order the stub promises, so every seed names one network.
    const W = Array.from({ length: sizes[l] }, () => Array.from({ length: sizes[l - 1] }, () => random.gaussian() * scale));
    // Zero biases are harmless: the random weights already make the units differ (symmetry broken).
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
  // Each layer's output is the next one's input; X itself is only read (denseForward builds
  // new matrices), so the caller's data is never changed.
  let A = X;
  for (let l = 0; l < layers.length; l++) {
    const cache = denseForward(A, layers[l], activations[l]);
    caches.push(cache);
    A = cache.A;
  }
  return { AL: A, caches };
}
