/**
 * Chapter 5: logistic regression. One sigmoid neuron that outputs a probability, the binary
 * cross-entropy that scores it, the gradient of their mean, and gradient descent that trains it.
 * Page: docs/05-logistic-regression.md. Grade this chapter with `npm test -- 05`.
 *
 * Data comes as rows: xs[i] is example i's n features (a plain array), ys[i] its label, 0 or 1,
 * and m = xs.length is the number of examples. The model is one weight per feature, w, and a
 * bias b. No function here modifies its inputs.
 *
 * This chapter does not need chapter 2: compute the sigmoid here (chapter 2's page, section "The
 * sigmoid", shows how to keep it from overflowing). If you prefer your own from chapter 2, import it:
 *   import { sigmoid } from './02-activation-functions.ts';
 * and then chapter 2's sigmoid must pass first (npm test -- 02).
 */
import { NotImplemented } from '../lib/not-implemented.ts';

/**
 * The model's probability that x has label 1: a = σ(z) with z = w · x + b = w[0]*x[0] + … + b,
 * and σ(z) = 1 / (1 + e^(-z)). predictProba([1, -1], 0, [2, 2]) is 0.5 (there z = 0).
 * Must return a number in [0, 1], never NaN, for every finite z, including z = ±1000.
 * Does not modify `w` or `x`.
 * Throws an Error naming both lengths when x does not have one entry per weight (x longer than w
 * or shorter).
 */
export function predictProba(w: number[], b: number, x: number[]): number {
  // TODO: the weighted sum z, then a sigmoid that never takes e to a large positive power.
  throw new NotImplemented('predictProba');
}

/**
 * The binary cross-entropy loss of one prediction a for the label y:
 *
 *   L(a, y) = -[y ln a + (1 - y) ln(1 - a)]
 *
 * with a first clipped to [epsilon, 1 - epsilon] (epsilon = 1e-12 when not given), so that the
 * result is finite and never NaN even at a = 0 or a = 1: binaryCrossEntropy(0, 1) is
 * -ln(1e-12) ≈ 27.63 (a confident wrong answer), and binaryCrossEntropy(1, 1) is about 1e-12.
 * binaryCrossEntropy(0.5, y) is ln 2 ≈ 0.6931 for either label.
 * Throws an Error naming y when y is neither 0 nor 1.
 */
export function binaryCrossEntropy(a: number, y: number, epsilon = 1e-12): number {
  // TODO: check y, clip a into [epsilon, 1 - epsilon], then the formula above (mind its minus sign).
  throw new NotImplemented('binaryCrossEntropy');
}

/**
 * The cost J(w, b): the mean of the losses over the m examples,
 *
 *   J = (1/m) Σ_i binaryCrossEntropy(predictProba(w, b, xs[i]), ys[i])
 *
 * with binaryCrossEntropy's default epsilon. A mean, not a sum, so it does not grow with m.
 * Does not modify its inputs.
 * Throws an Error when:
 * - xs and ys have different lengths (naming both counts, more labels or fewer);
 * - there are no examples (m = 0: the mean of nothing is 0/0);
 * - an example does not have one entry per weight (naming both lengths);
 * - a label is neither 0 nor 1 (naming it).
 */
export function cost(w: number[], b: number, xs: number[][], ys: number[]): number {
  // TODO: check the counts, then average the loss of every example.
  throw new NotImplemented('cost');
}

/** The gradient of the cost: one partial derivative per weight, and one for the bias. */
export interface Gradients {
  /** ∂J/∂w[j], one per weight. */
  dw: number[];
  /** ∂J/∂b. */
  db: number;
}

/**
 * The gradient of `cost` with respect to w and b. For each example, with a_i = predictProba(w, b, xs[i]):
 *
 *   dz_i = a_i - y_i
 *   dw[j] = (1/m) Σ_i dz_i * xs[i][j]
 *   db    = (1/m) Σ_i dz_i
 *
 * Use the unclipped a_i (this is the exact derivative wherever no a_i is within 1e-12 of 0 or 1).
 * Returns { dw, db } with dw a new array, one entry per weight. Does not modify its inputs.
 * Throws an Error in the same four cases as `cost` (lengths of xs and ys, no examples, an example
 * of the wrong length, a label that is neither 0 nor 1), naming the same things.
 */
export function logisticGradients(w: number[], b: number, xs: number[][], ys: number[]): Gradients {
  // TODO: check the data, add up dz_i * xs[i][j] and dz_i over the examples, then divide by m.
  throw new NotImplemented('logisticGradients');
}

/**
 * One step of gradient descent, downhill:
 *
 *   w[j] <- w[j] - learningRate * gradients.dw[j]
 *   b    <- b    - learningRate * gradients.db
 *
 * Returns { w, b } with w a new array; does not modify `w` or `gradients`.
 * Throws an Error naming both lengths when gradients.dw does not have one entry per weight (longer
 * or shorter).
 */
export function gradientStep(w: number[], b: number, gradients: Gradients, learningRate: number): { w: number[]; b: number } {
  // TODO: move every weight and the bias against its partial derivative.
  throw new NotImplemented('gradientStep');
}

export interface LogisticTrainOptions {
  /** η, the step size: a finite number greater than 0. Required. */
  learningRate: number;
  /** How many gradient steps to take: a whole number, 0 or more. Required. */
  epochs: number;
  /** Starting weights, one per feature (copied, never modified). Default: all zeros. */
  w?: number[];
  /** Starting bias. Default 0. */
  b?: number;
}

export interface LogisticTrainResult {
  w: number[];
  b: number;
  /**
   * epochs + 1 numbers: costs[0] is the cost before training (of the starting w and b), and
   * costs[k] the cost after k steps, so the last one is the cost of the returned w and b.
   */
  costs: number[];
}

/**
 * Trains by full-batch gradient descent: one epoch computes logisticGradients over all m examples
 * and takes one gradientStep, so `epochs` epochs are exactly `epochs` steps. Starts from options.w
 * (default: zeros, one per feature of xs[0]) and options.b (default 0), records the cost before the
 * first step and after every step, and returns the final { w, b, costs }. No randomness: the same
 * call gives the same result. Does not modify `xs`, `ys` or `options` (options.w included).
 * Throws an Error when:
 * - options.learningRate is not a finite number greater than 0 (naming it);
 * - options.epochs is not a whole number, 0 or more (naming it);
 * - the data is unusable, as for `cost` (lengths of xs and ys, no examples, an example of the wrong
 *   length, including a starting options.w of the wrong length, a label that is neither 0 nor 1).
 */
export function trainLogisticRegression(xs: number[][], ys: number[], options: LogisticTrainOptions): LogisticTrainResult {
  // TODO: check the options, then alternate logisticGradients and gradientStep, recording the costs.
  throw new NotImplemented('trainLogisticRegression');
}
