/**
 * Rosenblatt's perceptron: a weighted sum, a hard threshold, and an error-driven update.
 * Labels are 0 and 1; the neuron fires (outputs 1) only when its weighted sum is positive.
 */
import { dot } from './vector.ts';

/** z = w · x + b: how strongly the inputs, weighted, push the neuron towards firing. */
export function weightedSum(w: readonly number[], b: number, x: readonly number[]): number {
  return dot(w, x) + b;
}

/** The threshold: 1 when z > 0, otherwise 0 (so z = 0 gives 0). */
export function step(z: number): 0 | 1 {
  return z > 0 ? 1 : 0;
}

/** The perceptron's output for one input: step(w · x + b). */
export function perceptronPredict(w: readonly number[], b: number, x: readonly number[]): 0 | 1 {
  return step(weightedSum(w, b, x));
}

export interface Perceptron {
  w: number[];
  b: number;
}

/**
 * One application of the perceptron rule w <- w + eta (y - yhat) x, and b <- b + eta (y - yhat)
 * (the bias is a weight whose input is always 1). A correct prediction changes nothing.
 * Returns new arrays; the inputs are left as they were.
 */
export function perceptronUpdate(
  w: readonly number[],
  b: number,
  x: readonly number[],
  y: number,
  eta: number,
): Perceptron {
  const error = y - perceptronPredict(w, b, x);
  return { w: w.map((wi, i) => wi + eta * error * x[i]), b: b + eta * error };
}

export interface TrainOptions {
  /** Learning rate (default 0.1). */
  eta?: number;
  /** Give up after this many passes over the data (default 100). */
  maxEpochs?: number;
  /** Starting weights (default all zeros). */
  w?: readonly number[];
  /** Starting bias (default 0). */
  b?: number;
}

export interface TrainResult extends Perceptron {
  /** Passes over the data that were made, including the final error-free one when it converged. */
  epochs: number;
  /** True when the last epoch made no mistakes: the data is separated. */
  converged: boolean;
  /** Mistakes made during each epoch, in order. */
  mistakesPerEpoch: number[];
}

/**
 * Sweeps the examples in order, updating after every example, until one whole epoch makes
 * no mistake (converged) or maxEpochs is reached. On linearly separable data the perceptron
 * convergence theorem promises the first; on XOR it never happens.
 */
export function trainPerceptron(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: TrainOptions = {},
): TrainResult {
  if (xs.length !== ys.length) {
    throw new RangeError(`trainPerceptron expected one label per example, got ${xs.length} examples and ${ys.length} labels`);
  }
  if (xs.length === 0) throw new RangeError('trainPerceptron expected at least one example, got none');
  const { eta = 0.1, maxEpochs = 100 } = options;
  let model: Perceptron = { w: options.w ? [...options.w] : xs[0].map(() => 0), b: options.b ?? 0 };
  const mistakesPerEpoch: number[] = [];
  while (mistakesPerEpoch.length < maxEpochs) {
    let mistakes = 0;
    for (let i = 0; i < xs.length; i++) {
      if (perceptronPredict(model.w, model.b, xs[i]) !== ys[i]) mistakes++;
      model = perceptronUpdate(model.w, model.b, xs[i], ys[i], eta);
    }
    mistakesPerEpoch.push(mistakes);
    if (mistakes === 0) break;
  }
  const converged = mistakesPerEpoch[mistakesPerEpoch.length - 1] === 0;
  return { ...model, epochs: mistakesPerEpoch.length, converged, mistakesPerEpoch };
}
