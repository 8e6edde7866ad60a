/**
 * Chapter 7: Backpropagation. You write the backward pass of chapter 6's network, piece by piece
 * (through an activation, through a dense layer, through softmax with cross-entropy, then the
 * whole network), and a gradient checker that tells a right backward pass from a wrong one.
 * Page: docs/07-backpropagation.md. Grade this chapter with `npm test -- 07`.
 *
 * Conventions (the page's): examples are columns, m is the number of columns; the cost is
 * J = (1/m) Σ_examples loss. dA and dZ are per example (m · ∂J/∂A, m · ∂J/∂Z): the 1/m is applied
 * once, in denseBackward, when dW and db are formed.
 *
 * You may import chapter 6's helpers (matmul, transpose, shapeOf…) from './06-forward-propagation.ts'
 * and chapter 2's activations from './02-activation-functions.ts': your chapter 8 will run on
 * this file, as this file runs on yours.
 */
import type { Layer, LayerCache, Matrix } from './06-forward-propagation.ts';
import { NotImplemented } from '../lib/not-implemented.ts';

/** One layer's gradients of the cost J = (1/m) Σ loss: dW like W (n_l × n_{l−1}), db like b (n_l × 1). */
export interface LayerGradients {
  dW: Matrix;
  db: Matrix;
}

/**
 * The gradient through a sigmoid layer: dZ = dA ⊙ σ'(Z), entry by entry, where σ'(z) = σ(z)(1 − σ(z))
 * is the derivative at z (the layer's input), not at a = σ(z).
 * Example: sigmoidBackward([[2]], [[0]]) is [[0.5]] (σ(0) = 1/2, so σ'(0) = 1/4).
 * Returns a new (n × m) matrix; does not modify dA or Z.
 * Throws an Error naming both shapes, e.g. "(2×3) and (3×3)", when dA and Z differ in shape
 * (rows or columns, either one larger).
 */
export function sigmoidBackward(dA: Matrix, Z: Matrix): Matrix {
  // TODO: check the shapes, then dA[i][j] * s * (1 - s) with s = sigmoid(Z[i][j]).
  throw new NotImplemented('sigmoidBackward');
}

/**
 * The gradient through a ReLU layer: dZ = dA ⊙ relu'(Z), where relu'(z) is 1 for z > 0 and 0 for
 * z ≤ 0 (0 at z = 0 exactly, as in chapter 3).
 * Example: reluBackward([[3, 3, 3]], [[-1, 0, 2]]) is [[0, 0, 3]].
 * Returns a new matrix; does not modify dA or Z. Throws an Error naming both shapes when dA and Z
 * differ in shape.
 */
export function reluBackward(dA: Matrix, Z: Matrix): Matrix {
  // TODO: check the shapes, then keep dA where Z > 0 and put 0 elsewhere.
  throw new NotImplemented('reluBackward');
}

/**
 * The gradient through a tanh layer: dZ = dA ⊙ (1 − tanh²(Z)), the derivative at z, not 1 − z².
 * Example: tanhBackward([[5]], [[0]]) is [[5]].
 * Returns a new matrix; does not modify dA or Z. Throws an Error naming both shapes when dA and Z
 * differ in shape.
 */
export function tanhBackward(dA: Matrix, Z: Matrix): Matrix {
  // TODO: check the shapes, then dA[i][j] * (1 - t * t) with t = Math.tanh(Z[i][j]).
  throw new NotImplemented('tanhBackward');
}

/**
 * One dense layer backward. dZ (n_l × m) is the gradient at the layer's Z per example (no 1/m in
 * it yet); cache is what denseForward kept (aPrev of shape (n_{l−1} × m), W, b, Z, A, activation).
 * Returns new matrices:
 *   dW = (1/m) dZ A_prevᵀ, of W's shape (n_l × n_{l−1});
 *   db = (1/m) Σ over the m columns of dZ, of b's shape (n_l × 1): one sum per row;
 *   dAPrev = Wᵀ dZ, of A_prev's shape (n_{l−1} × m), per example (no 1/m: the layer below applies its own).
 * m is the number of columns of cache.aPrev; with m = 1, dW = dZ A_prevᵀ and db = dZ.
 * Does not modify dZ or the cache. Throws an Error naming both shapes when dZ is not of Z's shape.
 */
export function denseBackward(dZ: Matrix, cache: LayerCache): LayerGradients & { dAPrev: Matrix } {
  // TODO: m = cache.aPrev[0].length; check dZ's shape; then dW, db and dAPrev as above.
  throw new NotImplemented('denseBackward');
}

/**
 * The gradient at the output layer's Z for a softmax output with categorical cross-entropy (and
 * equally a sigmoid output with binary cross-entropy): dZ = AL − Y, per example (no 1/m).
 * AL (n_L × m) is the network's output (each column of a softmax output sums to 1); Y is of the
 * same shape (one-hot columns for softmax, 0/1 entries for sigmoid).
 * Returns a new matrix; does not modify AL or Y. Throws an Error naming both shapes when AL and Y
 * differ in shape.
 */
export function softmaxCrossEntropyBackward(AL: Matrix, Y: Matrix): Matrix {
  // TODO: check the shapes, then AL[i][j] - Y[i][j].
  throw new NotImplemented('softmaxCrossEntropyBackward');
}

/**
 * The whole backward pass. AL and caches are what chapter 6's forwardPropagation returned
 * (caches[0] is the first layer), Y the targets. The output layer must be 'softmax' or 'sigmoid'
 * (trained with cross-entropy); hidden layers 'relu', 'sigmoid', 'tanh' or 'linear'.
 * Start with dZ = softmaxCrossEntropyBackward(AL, Y) for the last layer; then, layer by layer
 * downwards, denseBackward gives that layer's dW, db and dAPrev, and the layer below turns dAPrev
 * into its own dZ through ITS activation's backward at ITS Z (linear: dZ = dAPrev).
 * Returns one { dW, db } per layer, in the order of caches (first layer first), each of the shape
 * of that layer's W and b: the gradients of J = (1/m) Σ loss.
 * Does not modify AL, Y or the caches. Throws an Error naming the activation when the output layer
 * is not softmax or sigmoid.
 */
export function backwardPropagation(AL: Matrix, Y: Matrix, caches: LayerCache[]): LayerGradients[] {
  // TODO: dZ for the output layer, then a loop from the last layer down to the first.
  throw new NotImplemented('backwardPropagation');
}

export interface GradientCheckOptions {
  /** The nudge ε of the centred difference (default 1e-5). */
  epsilon?: number;
  /** The check passes when relativeError < threshold (default 1e-7). */
  threshold?: number;
}

export interface GradientCheckResult {
  /** relativeError < threshold (false when relativeError is NaN). */
  passed: boolean;
  /**
   * ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖), with g every analytic entry (every dW and db of every layer) and ĝ the
   * matching centred differences, ‖·‖ the Euclidean norm over all of them together. 0 when both
   * are all zeros (they agree; 0/0 is read as 0).
   */
  relativeError: number;
  /**
   * The entry with the largest |numeric − analytic| (the absolute difference, not the relative
   * one). On a tie, the first in the order layers[0] to the last, each layer's W before its b, row
   * by row: with a constant cost and all-zero gradients, W[0][0] of layers[0].
   */
  worst: {
    /** An index into layers: 0 is layers[0], the page's layer 1. */
    layer: number;
    parameter: 'W' | 'b';
    row: number;
    col: number;
    /** The centred difference there. */
    numeric: number;
    /** grads[layer].dW[row][col] (or .db) there. */
    analytic: number;
  };
}

/**
 * Checks a backward pass. cost(layers) is the cost J of the network with these parameters (on a
 * fixed batch the caller chose); grads is what a backward pass returned for these layers.
 * For every entry θ of every W and b, the centred difference (cost(θ + ε) − cost(θ − ε)) / 2ε is
 * computed with every other entry at its original value, and θ is put back before the next entry.
 * The threshold 1e-7 suits float64 code with ε = 1e-5. Measured on small networks like the
 * grader's: a right backward pass gives 1e-11 to 2e-10 (the centred difference's error shrinks
 * like ε²); the forward difference (cost(θ + ε) − cost(θ)) / ε gives 4e-7 to 6e-6 on the same right
 * pass (its error shrinks only like ε), so it would flag it; the course's wrong backward passes
 * give 1e-2 or more. Check away from kinks: where a ReLU's z is within ε of 0, the two nudges fall
 * on different sides and the difference matches no analytic gradient.
 * Does not modify layers or grads (nudge a copy, or put every entry back exactly).
 * Throws an Error when layers is empty, when layers and grads differ in length (naming both
 * lengths), when a dW or db differs in shape from its W or b (naming both shapes), or when
 * epsilon is not above 0 (NaN included).
 */
export function gradientCheck(
  cost: (layers: Layer[]) => number,
  layers: Layer[],
  grads: LayerGradients[],
  options: GradientCheckOptions = {},
): GradientCheckResult {
  // TODO: copy the layers; for each entry, nudge up and down, call cost, restore; accumulate the norms.
  throw new NotImplemented('gradientCheck');
}
