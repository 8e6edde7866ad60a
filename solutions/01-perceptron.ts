/**
 * Chapter 1: the perceptron. Worked solutions.
 * Page: docs/01-perceptron.md
 */

/**
 * The neuron's weighted sum z = w · x + b = w[0]*x[0] + … + w[n-1]*x[n-1] + b.
 * `w` and `x` have the same length n; `b` is the bias.
 */
export function weightedSum(w: number[], b: number, x: number[]): number {
  if (w.length !== x.length) {
    throw new Error(`weightedSum expected one weight per input, got ${w.length} weights and ${x.length} inputs`);
  }
  // Start from the bias: it is the neuron's "resting" push towards or away from firing.
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return z;
}

/**
 * The step (threshold) activation: 1 when z > 0, otherwise 0.
 * At exactly z = 0 the neuron does not fire: step(0) is 0.
 */
export function step(z: number): 0 | 1 {
  // Strictly greater: a point exactly on the decision line w · x + b = 0 is classed as 0.
  return z > 0 ? 1 : 0;
}

/** The perceptron's prediction for one input x: step(w · x + b), so always 0 or 1. */
export function perceptronPredict(w: number[], b: number, x: number[]): 0 | 1 {
  return step(weightedSum(w, b, x));
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
  // The error is 0 when the prediction is right (no change), +1 when the neuron should have
  // fired but did not (move w towards x), and -1 when it fired but should not have (move away).
  const error = y - perceptronPredict(w, b, x);
  // Inputs that were 0 did not contribute to the mistake, and eta * error * 0 leaves their weight alone.
  const newW = w.map((wi, i) => wi + eta * error * x[i]);
  // The bias behaves like a weight on an extra input that is always 1.
  return { w: newW, b: b + eta * error };
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
  if (xs.length !== ys.length) {
    throw new Error(`trainPerceptron expected one label per example, got ${xs.length} examples and ${ys.length} labels`);
  }
  if (xs.length === 0) throw new Error('trainPerceptron expected at least one example, got none');
  const eta = options.eta ?? 0.1;
  const maxEpochs = options.maxEpochs ?? 100;
  // Copy the starting weights so the caller's array is never changed behind their back.
  let w = options.w ? [...options.w] : xs[0].map(() => 0);
  let b = options.b ?? 0;
  const mistakesPerEpoch: number[] = [];
  while (mistakesPerEpoch.length < maxEpochs) {
    let mistakes = 0;
    for (let i = 0; i < xs.length; i++) {
      if (perceptronPredict(w, b, xs[i]) !== ys[i]) mistakes++;
      // A correct prediction gives error 0, so updating unconditionally is the same rule.
      ({ w, b } = perceptronUpdate(w, b, xs[i], ys[i], eta));
    }
    mistakesPerEpoch.push(mistakes);
    // An epoch without mistakes means every example is on the right side of the line: done.
    if (mistakes === 0) break;
  }
  const converged = mistakesPerEpoch[mistakesPerEpoch.length - 1] === 0;
  return { w, b, epochs: mistakesPerEpoch.length, converged, mistakesPerEpoch };
}
