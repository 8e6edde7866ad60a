/**
 * Chapter 1: the perceptron. A neuron that adds up weighted inputs, fires when the sum is
 * positive, and learns from its mistakes with the perceptron rule.
 * Page: docs/01-perceptron.md. Grade this chapter with `npm test -- 01`.
 */
import { NotImplemented } from '../lib/not-implemented.ts';

/**
 * The neuron's weighted sum z = w · x + b = w[0]*x[0] + … + w[n-1]*x[n-1] + b.
 * `w` and `x` have the same length n; `b` is the bias.
 */
export function weightedSum(w: number[], b: number, x: number[]): number {
  // TODO: multiply matching entries of w and x, add them up, then add b once.
  throw new NotImplemented('weightedSum');
}

/**
 * The step (threshold) activation: 1 when z > 0, otherwise 0.
 * At exactly z = 0 the neuron does not fire: step(0) is 0.
 */
export function step(z: number): 0 | 1 {
  // TODO: return 1 for positive z and 0 for everything else.
  throw new NotImplemented('step');
}

/** The perceptron's prediction for one input x: step(w · x + b), so always 0 or 1. */
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
 * One step of the perceptron learning rule for one example (x, y), with y being 0 or 1:
 *
 *   yhat = perceptronPredict(w, b, x)
 *   w[i] <- w[i] + eta * (y - yhat) * x[i]
 *   b    <- b    + eta * (y - yhat)
 *
 * Returns the new { w, b } as a new object with a new array; `w` itself must not be modified.
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
  /** Starting weights. Default: all zeros, one per input. */
  w?: number[];
  /** Starting bias. Default 0. */
  b?: number;
}

export interface TrainResult {
  w: number[];
  b: number;
  /** How many epochs ran, counting the final mistake-free one when training converged. */
  epochs: number;
  /** True when the last epoch made no mistakes. */
  converged: boolean;
  /** The number of mistakes (wrong predictions before the update) in each epoch, in order. */
  mistakesPerEpoch: number[];
}

/**
 * Trains a perceptron on examples xs (one array of inputs each) with labels ys (0 or 1).
 * One epoch visits every example in order: count a mistake when the prediction is wrong,
 * then apply perceptronUpdate. Stop after the first epoch with no mistakes, or after maxEpochs.
 * Throws an Error when xs and ys have different lengths or there are no examples.
 */
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  // TODO: loop over epochs and examples, using perceptronPredict and perceptronUpdate.
  throw new NotImplemented('trainPerceptron');
}
