/**
 * Chapter 6: Forward propagation. You build a network's forward pass from the matrix operations
 * up: the product, the transpose, the bias added to every example, one dense layer, random
 * starting weights, and the pass through every layer that chapter 7 will run backwards.
 * Page: docs/06-forward-propagation.md. Grade this chapter with `npm test -- 06`.
 *
 * Conventions (the page's section on notation explains them):
 * - A matrix is an array of rows: M[i][j] is row i, column j, and a (2×3) matrix is
 *   [[a, b, c], [d, e, f]]. You may assume every matrix has at least one row and one column and
 *   that its rows all have the same length.
 * - Examples are COLUMNS: a batch of m examples with n features each is an (n × m) matrix X.
 * - Layer l has W[l] of shape (n_l × n_{l−1}) and a bias b[l] of shape (n_l × 1), a column:
 *   Z[l] = W[l] A[l−1] + b[l] and A[l] = g(Z[l]), with A[0] = X.
 * - No function here modifies its inputs: each returns new arrays.
 * - Shape errors throw an Error whose message names both shapes the way shapeOf writes them,
 *   for example "matmul: cannot multiply (2×3) by (4×1)".
 *
 * This chapter runs your chapter 2: the activations below are your own relu, sigmoid, tanh and
 * softmax, so those must pass first (npm test -- 02). Chapters 7 to 9 import this file in turn.
 */
import { NotImplemented } from '../lib/not-implemented.ts';
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
  /** The layer's weights, (n_l × n_{l−1}). */
  W: Matrix;
  /** The layer's bias, (n_l × 1). */
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

/** "(2×3)": a shape as the error messages write it (given, not an exercise). */
export function shapeOf(a: Matrix): string {
  return `(${a.length}×${a[0]?.length ?? 0})`;
}

/**
 * The matrix product A B of an (n×k) matrix a and a (k×m) matrix b: the (n×m) matrix with
 *
 *   out[i][j] = Σ_p a[i][p] · b[p][j]      (p from 0 to k − 1)
 *
 * row i of a against column j of b. matmul([[1, 2]], [[3], [4]]) is [[11]];
 * matmul([[1], [2]], [[3, 4]]) is [[3, 4], [6, 8]].
 * Does not modify `a` or `b`.
 * Throws an Error naming both shapes (for example "(2×3)" and "(4×1)") when a's column count k is
 * not b's row count, whether b has more rows than that or fewer.
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  // TODO: check the inner sizes, then three loops (rows of a, columns of b, the sum over p).
  throw new NotImplemented('matmul');
}

/**
 * The transpose Aᵀ: an (n×m) matrix becomes the (m×n) matrix with out[j][i] = a[i][j], so row i
 * of a becomes column i. transpose([[1, 2, 3]]) is [[1], [2], [3]].
 * Returns a new matrix; does not modify `a` (not even a square one).
 */
export function transpose(a: Matrix): Matrix {
  // TODO: build a new matrix with one row per column of a.
  throw new NotImplemented('transpose');
}

/**
 * Z + b, broadcasting: the bias column b, of shape (n×1), is added to EVERY column of z, of
 * shape (n×m), so out[i][j] = z[i][j] + b[i][0]. Every example gets the same bias, unit i's
 * bias goes to row i. addBias([[1, 2], [3, 4]], [[10], [20]]) is [[11, 12], [23, 24]].
 * Does not modify `z` or `b`.
 * Throws an Error naming both shapes when b is not (n×1) for this z: a column of the wrong
 * length (longer or shorter), or a row such as (1×m), or anything wider than one column.
 */
export function addBias(z: Matrix, b: Matrix): Matrix {
  // TODO: check b's shape, then add b[i][0] to every entry of row i, into a new matrix.
  throw new NotImplemented('addBias');
}

/**
 * One dense layer's forward pass for a whole batch:
 *
 *   Z = W · aPrev + b        (with your matmul and addBias; W on the LEFT)
 *   A = g(Z)                 (g named by `activation`)
 *
 * with aPrev (n_{l−1} × m), layer.W (n_l × n_{l−1}), layer.b (n_l × 1), so Z and A are (n_l × m).
 * g is applied with your chapter 2 functions: 'linear' leaves Z as it is (A is a copy of Z),
 * 'relu', 'sigmoid' and 'tanh' apply to every entry, and 'softmax' applies to every COLUMN (one
 * example's scores become its probabilities, so every column of A sums to 1; it must not
 * overflow for logits such as 1000).
 * Returns the cache { aPrev, W, b, Z, A, activation }: the inputs as given, and the new Z and A.
 * Does not modify aPrev or layer.
 * Throws an Error naming both shapes when aPrev's row count is not W's column count (either
 * way) or b is not (n_l × 1), and an Error naming the activation when it is not one of the five.
 */
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  // TODO: Z from matmul and addBias, then A = g(Z) (softmax column by column), then the cache.
  throw new NotImplemented('denseForward');
}

/**
 * Starting parameters for a network with layer sizes [n_0, n_1, …, n_L] (n_0 inputs, n_L
 * outputs): one layer per pair of neighbouring sizes, L layers in all. Layer l (index l − 1 of
 * the result) gets
 * - W of shape (n_l × n_{l−1}), every entry drawn from N(0, 1/n_{l−1}): random.gaussian()
 *   times Math.sqrt(1 / n_{l−1}), with ONE generator random = createRandom(seed) for the whole
 *   network, drawn layer by layer, each W row by row, left to right;
 * - b of shape (n_l × 1), all zeros.
 * The same sizes and seed always give the same layers; different seeds give different weights.
 * initializeParameters([3, 4, 1], 6) gives W (4×3) and b (4×1), then W (1×4) and b (1×1).
 * `seed` is a whole number (createRandom throws a TypeError for any other).
 * Does not modify `sizes`. Never uses Math.random.
 * Throws an Error when sizes has fewer than two entries or a size is not a whole number above 0.
 */
export function initializeParameters(sizes: number[], seed: number): Layer[] {
  // TODO: one createRandom(seed); for l = 1 … L, a (n_l × n_{l−1}) W of scaled gaussians and a zero b.
  throw new NotImplemented('initializeParameters');
}

/**
 * The forward pass of the whole network on the batch X (n_0 × m): A[0] = X, then for each layer
 * in turn A[l] = denseForward(A[l−1], layers[l − 1], activations[l − 1]).A, including the last
 * layer's activation. activations[i] belongs to layers[i].
 * Returns { AL, caches }: AL = A[L], the last layer's output (n_L × m), and caches, one
 * denseForward cache per layer, first layer first. With no layers, AL is X and caches is [].
 * Does not modify X, layers or activations.
 * Throws an Error naming both counts when layers and activations have different lengths (more
 * activations or fewer), and whatever denseForward throws when a layer's shapes do not fit.
 */
export function forwardPropagation(X: Matrix, layers: Layer[], activations: Activation[]): ForwardResult {
  // TODO: check the counts, then loop over the layers, feeding each one's A to the next.
  throw new NotImplemented('forwardPropagation');
}
