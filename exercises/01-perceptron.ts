/**
 * Chapter 1: the perceptron. A neuron that adds up weighted inputs, fires when the sum is
 * positive, and learns from its mistakes with the perceptron rule.
 * Page: docs/01-perceptron.md. Grade this chapter with `npm test -- 01`.
 *
 * This chapter does not need chapter 0. If you want your own dot product, import it:
 *   import { dot } from './00-getting-started.ts';
 * and then chapter 0's dot must pass first (npm test -- 00).
 */
import { NotImplemented } from '../lib/not-implemented.ts';

/**
 * The neuron's weighted sum z = w · x + b = w[0]*x[0] + … + w[n-1]*x[n-1] + b.
 * `w` (the weights) and `x` (the inputs) have the same length n; `b` is the bias, added once.
 * With no inputs (n = 0) the sum is just b. Does not modify `w` or `x`.
 * Throws an Error whose message names both lengths when w and x differ in length, whichever of
 * the two is longer (for example "got 3 weights and 2 inputs").
 */
export function weightedSum(w: number[], b: number, x: number[]): number {
  // TODO: multiply matching entries of w and x, add them up, then add b once.
  throw new NotImplemented('weightedSum');
}

/**
 * The step (threshold) activation: 1 when z > 0, otherwise 0, returned as the numbers 1 and 0
 * (not true and false). At exactly z = 0 the neuron does not fire: step(0) is 0.
 */
export function step(z: number): 0 | 1 {
  // TODO: return 1 for positive z and 0 for everything else.
  throw new NotImplemented('step');
}

/**
 * The perceptron's prediction for one input x: step(w · x + b), so always 0 or 1. A point exactly
 * on the decision line (z = 0) is predicted 0. Does not modify `w` or `x`.
 * Throws an Error naming both lengths when w and x differ in length (weightedSum already does).
 */
export function perceptronPredict(w: number[], b: number, x: number[]): 0 | 1 {
  // TODO: combine weightedSum and step.
  throw new NotImplemented('perceptronPredict');
}

/** A perceptron's parameters: one weight per input, and a bias. */
export interface Perceptron {
  w: number[];
  b: number;
}

/**
 * One step of the perceptron learning rule for one example (x, y), with y being 0 or 1 and the
 * learning rate eta > 0:
 *
 *   yhat = perceptronPredict(w, b, x)
 *   w[i] <- w[i] + eta * (y - yhat) * x[i]
 *   b    <- b    + eta * (y - yhat)
 *
 * So nothing changes when yhat = y; after a missed 1 (y = 1, yhat = 0) w moves towards x, and after
 * a false 1 (y = 0, yhat = 1) away from it. At z = 0 the prediction is yhat = step(0) = 0.
 * Returns the new { w, b } as a new object with a new array; does not modify `w` or `x`.
 * Throws an Error naming both lengths when w and x differ in length (perceptronPredict already does).
 */
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number): Perceptron {
  // TODO: predict, compute the error y - yhat, and move every weight and the bias by eta * error * input.
  throw new NotImplemented('perceptronUpdate');
}

export interface TrainOptions {
  /** Learning rate. Default 0.1. */
  eta?: number;
  /** Stop after this many epochs even if mistakes remain. Default 100. */
  maxEpochs?: number;
  /** Starting weights, one per input (copied, never modified). Default: all zeros. */
  w?: number[];
  /** Starting bias. Default 0. */
  b?: number;
}

export interface TrainResult {
  w: number[];
  b: number;
  /** How many epochs ran, counting the final mistake-free one when training converged. */
  epochs: number;
  /** True when the last epoch made no mistakes, even if it was the last one maxEpochs allowed. */
  converged: boolean;
  /** The number of mistakes (wrong predictions before the update) in each epoch, in order. */
  mistakesPerEpoch: number[];
}

/**
 * Trains a perceptron on examples xs (one array of inputs each, all of the same length) with
 * labels ys (0 or 1), starting from options.w and options.b (default zeros and 0).
 * One epoch visits every example once, in the given order: predict with the current w and b,
 * count a mistake when that prediction is wrong, then apply perceptronUpdate. Training stops after
 * the first epoch with no mistakes (converged: true), or after maxEpochs epochs (converged: false
 * unless that last epoch had no mistakes). Does not modify `xs`, `ys` or `options` (options.w included).
 * Throws an Error naming both counts when xs and ys have different lengths (more labels than
 * examples, or fewer), and an Error when there are no examples: trainPerceptron([], []) throws.
 */
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  // TODO: loop over epochs and examples, using perceptronPredict and perceptronUpdate.
  throw new NotImplemented('trainPerceptron');
}
