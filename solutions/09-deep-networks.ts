/**
 * Chapter 9: Deep networks. Worked solutions: measuring vanishing gradients with your own
 * backpropagation, He initialisation, L2 and L1 penalties with their gradients, inverted dropout
 * forward and backward, and early stopping.
 * Page: docs/09-deep-networks.md
 */
import { createRandom } from '../lib/random.ts';
import { type Activation, type Layer, type Matrix, forwardPropagation, shapeOf } from './06-forward-propagation.ts';
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
  // The whole measurement is one forward and one backward pass: nothing new but the norm.
  const { AL, caches } = forwardPropagation(X, layers, activations);
  const gradients = backwardPropagation(AL, Y, caches);
  // The Frobenius norm reads dW as one long vector; the square root keeps it in the units of dW,
  // so a layer whose gradient is 100 times smaller shows a norm 100 times smaller.
  return gradients.map(({ dW }) => Math.sqrt(dW.reduce((s, row) => row.reduce((t, g) => t + g * g, s), 0)));
}

function checkSize(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`heInit expected ${name} to be a whole number of units, at least 1, got ${n}`);
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
  checkSize('nIn', nIn);
  checkSize('nOut', nOut);
  const random = createRandom(seed);
  // gaussian() has variance 1; multiplying by s multiplies the variance by s², so s is the
  // standard deviation √(2/nIn), not the variance 2/nIn.
  const std = Math.sqrt(2 / nIn);
  return Array.from({ length: nOut }, () => Array.from({ length: nIn }, () => std * random.gaussian()));
}

function checkM(name: string, m: number): void {
  if (!(m > 0)) throw new Error(`${name} expected m, the number of examples the cost averages over, to be above 0, got ${m}`);
}

const sumOver = (layers: Layer[], f: (w: number) => number) =>
  layers.reduce((s, { W }) => W.reduce((t, row) => row.reduce((u, w) => u + f(w), t), s), 0);

/**
 * The L2 penalty (λ/2m) Σ_l Σ_ij (W[l][i][j])², summed over every layer's weights. Biases are not
 * penalised (a bias only shifts a unit; shrinking it does not make the function simpler). No layers
 * give 0. The 1/2 is there so that the gradient comes out as (λ/m) W (see l2Gradient).
 * Does not modify its inputs.
 * Throws an Error naming m when m is not above 0 (NaN included).
 */
export function l2Penalty(layers: Layer[], lambda: number, m: number): number {
  checkM('l2Penalty', m);
  return (lambda / (2 * m)) * sumOver(layers, (w) => w * w);
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
  checkM('l2Gradient', m);
  // d/dw of (λ/2m) w² is (λ/2m)·2w = (λ/m) w: the 1/2 of the penalty cancels the 2 of the square.
  return W.map((row) => row.map((w) => (lambda / m) * w));
}

/**
 * The L1 penalty (λ/m) Σ_l Σ_ij |W[l][i][j]|, summed over every layer's weights (biases not
 * penalised; no layers give 0).
 * Does not modify its inputs.
 * Throws an Error naming m when m is not above 0 (NaN included).
 */
export function l1Penalty(layers: Layer[], lambda: number, m: number): number {
  checkM('l1Penalty', m);
  return (lambda / m) * sumOver(layers, Math.abs);
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
  checkM('l1Gradient', m);
  // Math.sign(0) is 0, the convention above; a test such as w >= 0 ? 1 : -1 would give 1.
  return W.map((row) => row.map((w) => (lambda / m) * Math.sign(w)));
}

function checkKeepProb(name: string, keepProb: number): void {
  if (!(keepProb > 0 && keepProb <= 1)) {
    throw new Error(`${name} expected keepProb, the probability of keeping a unit, in (0, 1], got ${keepProb}`);
  }
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
  checkKeepProb('dropoutForward', keepProb);
  const random = createRandom(seed);
  // One draw per entry, in the order the rows are written: the mask is what backward will need.
  const mask = A.map((row) => row.map(() => (random.next() < keepProb ? 1 : 0)));
  // Dividing by keepProb (not by 1 − keepProb, not multiplying): a kept unit is kept with
  // probability keepProb, so E[a · mask / keepProb] = a · keepProb / keepProb = a.
  return { A: A.map((row, i) => row.map((a, j) => (a * mask[i][j]) / keepProb)), mask };
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
  if (dA.length !== mask.length || dA[0]?.length !== mask[0]?.length) {
    throw new Error(`dropoutBackward: dA and mask must have the same shape, got ${shapeOf(dA)} and ${shapeOf(mask)}`);
  }
  checkKeepProb('dropoutBackward', keepProb);
  return dA.map((row, i) => row.map((g, j) => (g * mask[i][j]) / keepProb));
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
  if (validationCosts.length === 0) throw new Error('earlyStopping expected at least one validation cost, got none');
  if (!Number.isInteger(patience) || patience < 1) {
    throw new Error(`earlyStopping expected patience to be a whole number of epochs, at least 1, got ${patience}`);
  }
  // NaN < x is false for every x: a NaN would never count as better, nor could anything beat it.
  const nan = validationCosts.findIndex(Number.isNaN);
  if (nan >= 0) throw new Error(`earlyStopping: the cost of epoch ${nan} is NaN`);
  let bestEpoch = 0;
  for (let epoch = 0; epoch < validationCosts.length; epoch++) {
    // Strictly below: a tie is not progress.
    if (validationCosts[epoch] < validationCosts[bestEpoch]) bestEpoch = epoch;
    // epoch − bestEpoch epochs have passed without improvement since the best one.
    if (epoch - bestEpoch >= patience) return { stop: true, stopEpoch: epoch, bestEpoch };
  }
  return { stop: false, stopEpoch: validationCosts.length - 1, bestEpoch };
}
