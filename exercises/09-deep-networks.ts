/**
 * Chapter 9: Deep networks. You measure vanishing gradients with your own forward and backward
 * passes, initialise weights the He way, write the L2 and L1 penalties with their gradients,
 * inverted dropout forward and backward, and the early-stopping rule.
 * Page: docs/09-deep-networks.md. Grade this chapter with `npm test -- 09`.
 */
import { NotImplemented } from '../lib/not-implemented.ts';
// heInit and dropoutForward draw their random numbers from this generator (see their comments).
import { createRandom } from '../lib/random.ts';
// gradientNormsByLayer runs your own forward and backward passes from chapters 6 and 7.
import { type Activation, type Layer, type Matrix, forwardPropagation } from './06-forward-propagation.ts';
import { backwardPropagation } from './07-backpropagation.ts';

/**
 * The size of each layer's weight gradient for one batch: runs forwardPropagation(X, layers,
 * activations), then backwardPropagation(AL, Y, caches) (chapters 6 and 7, your own), and returns
 * the Frobenius norm √(Σ_ij dW[i][j]²) of every layer's dW, first layer first: one number per layer.
 * Biases' gradients are not included. The output layer is softmax (or sigmoid) with cross-entropy,
 * as backwardPropagation requires. It adds no checks of its own: forwardPropagation and
 * backwardPropagation already reject shapes that do not fit.
 * Does not modify its inputs.
 */
export function gradientNormsByLayer(X: Matrix, Y: Matrix, layers: Layer[], activations: Activation[]): number[] {
  // TODO: run your forwardPropagation, then your backwardPropagation, and return the norm of each layer's dW.
  throw new NotImplemented('gradientNormsByLayer');
}

/**
 * He initialisation of one layer's weights: an (nOut × nIn) matrix (one row per unit of the layer,
 * one column per input) whose entries are drawn from N(0, 2/nIn), that is
 * Math.sqrt(2 / nIn) * random.gaussian() with random = createRandom(seed) (lib/random.ts), drawn
 * row by row: W[0][0], W[0][1], …, W[0][nIn−1], then W[1][0], and so on. The same seed gives the
 * same matrix. Variance 2/nIn, not Xavier's 1/nIn or 2/(nIn + nOut): a ReLU zeroes about half of
 * its inputs, and the factor 2 makes up for it.
 * Throws an Error naming the value when nIn or nOut is not a whole number of at least 1.
 */
export function heInit(nIn: number, nOut: number, seed: number): Matrix {
  // TODO: check nIn and nOut, then fill an (nOut × nIn) matrix row by row with Math.sqrt(2 / nIn) * random.gaussian().
  throw new NotImplemented('heInit');
}

/**
 * The L2 penalty (λ/2m) Σ_l Σ_ij (W[l][i][j])², summed over every layer's weights. Biases are not
 * penalised (a bias only shifts a unit; shrinking it does not make the function simpler). No layers
 * give 0. The 1/2 is there so that the gradient comes out as (λ/m) W (see l2Gradient).
 * Does not modify its inputs.
 * Throws an Error naming m when m is not above 0 (NaN included).
 */
export function l2Penalty(layers: Layer[], lambda: number, m: number): number {
  // TODO: check m, then add up the squares of every layer's weights (not its biases) and scale by λ/2m.
  throw new NotImplemented('l2Penalty');
}

/**
 * The gradient of l2Penalty with respect to one layer's W: (λ/m) W, a new matrix of W's shape.
 * During training it is added to that layer's dW (the data's gradient from backpropagation):
 * adding the penalty to the cost without adding this to the gradient changes the cost printed and
 * nothing else.
 * Does not modify W.
 * Throws an Error naming m when m is not above 0 (NaN included).
 */
export function l2Gradient(W: Matrix, lambda: number, m: number): Matrix {
  // TODO: check m, then return a new matrix with (λ/m) · w in place of every w.
  throw new NotImplemented('l2Gradient');
}

/**
 * The L1 penalty (λ/m) Σ_l Σ_ij |W[l][i][j]|, summed over every layer's weights (biases not
 * penalised; no layers give 0).
 * Does not modify its inputs.
 * Throws an Error naming m when m is not above 0 (NaN included).
 */
export function l1Penalty(layers: Layer[], lambda: number, m: number): number {
  // TODO: check m, then add up the absolute values of every layer's weights (not its biases) and scale by λ/m.
  throw new NotImplemented('l1Penalty');
}

/**
 * The gradient of l1Penalty with respect to one layer's W: (λ/m) sign(W), a new matrix of W's
 * shape, with sign(w) = 1 for w > 0, −1 for w < 0 and 0 for w = 0. At w = 0, |w| has no slope;
 * any number in [−λ/m, λ/m] is a subgradient there, and this course takes 0, which leaves a weight
 * that is exactly 0 where it is.
 * Does not modify W.
 * Throws an Error naming m when m is not above 0 (NaN included).
 */
export function l1Gradient(W: Matrix, lambda: number, m: number): Matrix {
  // TODO: check m, then return a new matrix with (λ/m) · sign(w) in place of every w (sign(0) = 0).
  throw new NotImplemented('l1Gradient');
}

/** What dropoutForward returns: the layer's output and the mask it used. */
export interface DropoutResult {
  /** A ⊙ mask / keepProb, of A's shape. */
  A: Matrix;
  /** 1 where the unit was kept and 0 where it was dropped, of A's shape. */
  mask: Matrix;
}

/**
 * Inverted dropout of a layer's activations A (units × examples) while training. With
 * random = createRandom(seed) (lib/random.ts), one draw random.next() per entry, row by row
 * (A[0][0], A[0][1], …, then row 1, …), entry (i, j) is kept when its draw is below keepProb:
 * mask[i][j] = 1, otherwise 0. The output is A ⊙ mask / keepProb: kept values are divided by
 * keepProb, so each entry's expected value is its input's, and the network needs no rescaling at
 * test time (where dropout is simply left out). keepProb = 1 keeps everything: the output equals
 * A and the mask is all ones. The same seed gives the same mask.
 * Does not modify A.
 * Throws an Error naming keepProb when it is not in (0, 1] (NaN included).
 */
export function dropoutForward(A: Matrix, keepProb: number, seed: number): DropoutResult {
  // TODO: check keepProb, draw the 0/1 mask row by row with createRandom(seed).next() < keepProb, and return A ⊙ mask / keepProb with the mask.
  throw new NotImplemented('dropoutForward');
}

/**
 * The backward pass of dropoutForward: given dA = ∂J/∂(dropout's output), returns ∂J/∂(its input),
 * dA ⊙ mask / keepProb, with the mask forward used (forward multiplied each entry by
 * mask/keepProb, a constant once the mask is drawn, so backward multiplies by the same). A fresh
 * mask would send gradient through units that forward dropped.
 * Does not modify its inputs.
 * Throws an Error naming both shapes when dA and mask differ in shape, and an Error naming
 * keepProb when it is not in (0, 1] (NaN included).
 */
export function dropoutBackward(dA: Matrix, mask: Matrix, keepProb: number): Matrix {
  // TODO: check the shapes and keepProb, then return dA ⊙ mask / keepProb.
  throw new NotImplemented('dropoutBackward');
}

/** What earlyStopping decides. */
export interface EarlyStop {
  /** Whether the rule fired (false: the costs ran out first). */
  stop: boolean;
  /** The epoch at which it fired, or the last epoch (validationCosts.length − 1) when it did not. */
  stopEpoch: number;
  /** The epoch with the lowest cost among epochs 0..stopEpoch, the earliest of equal ones: the weights to keep. */
  bestEpoch: number;
}

/**
 * Early stopping, applied after every epoch as a training loop would. Epochs are indices:
 * validationCosts[e] is the cost on the validation data after epoch e (the first epoch is 0).
 * An epoch improves when its cost is strictly below every earlier one (a cost equal to the best
 * is no improvement, so of equal costs the earliest stays the best). Training stops at the first
 * epoch e that comes `patience` epochs after the best epoch so far, that is after `patience`
 * epochs in a row without improvement: with patience 3 and the best at epoch 4, epochs 5, 6 and 7
 * do not improve, and it stops at epoch 7. When that never happens, stop is false and stopEpoch is
 * the last epoch. bestEpoch is the best among epochs 0..stopEpoch; later costs are not looked at.
 * Does not modify validationCosts.
 * Throws an Error when validationCosts is empty, an Error naming patience when it is not a whole
 * number of at least 1, and an Error naming the first epoch whose cost is NaN (every cost is checked,
 * before the rule is applied).
 */
export function earlyStopping(validationCosts: number[], patience: number): EarlyStop {
  // TODO: check the inputs, then walk the epochs keeping the best so far, and stop once patience epochs have passed without a new best.
  throw new NotImplemented('earlyStopping');
}
