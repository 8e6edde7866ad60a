/**
 * Chapter 1: the perceptron. Worked solutions.
 * Page: docs/01-perceptron.md
 *
 * These use nothing from chapter 0, so they pass whether or not the warm-up is done. (Writing
 * `return dot(w, x) + b` with dot imported from './00-getting-started.ts' works as well, once
 * chapter 0's dot passes.)
 */

// The types are the stub's own, so this solution keeps to exactly the contract the learner is given.
import type { Perceptron, TrainOptions, TrainResult } from '../exercises/01-perceptron.ts';
export type { Perceptron, TrainOptions, TrainResult };

/**
 * The neuron's weighted sum z = w · x + b = w[0]*x[0] + … + w[n-1]*x[n-1] + b.
 * `w` (the weights) and `x` (the inputs) have the same length n; `b` is the bias, added once.
 * With no inputs (n = 0) the sum is just b. Does not modify `w` or `x`.
 * Throws an Error whose message names both lengths when w and x differ in length, whichever of
 * the two is longer (for example "got 3 weights and 2 inputs").
 */
export function weightedSum(w: number[], b: number, x: number[]): number {
  // Check both directions (!==): a shorter x would be read past its end (undefined * number is
  // NaN), a longer one would have inputs silently ignored. Name both lengths for whoever reads it.
  if (w.length !== x.length) {
    throw new Error(`weightedSum expected one weight per input, got ${w.length} weights and ${x.length} inputs`);
  }
  // Start from the bias: it is added once, not once per input, and with no inputs z is just b.
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return z;
}

/**
 * The step (threshold) activation: 1 when z > 0, otherwise 0, returned as the numbers 1 and 0
 * (not true and false). At exactly z = 0 the neuron does not fire: step(0) is 0.
 */
export function step(z: number): 0 | 1 {
  // Strictly greater: a point exactly on the decision line w · x + b = 0 is classed as 0. The
  // conditional returns the numbers 1 and 0, which later chapters compute with, not a boolean.
  return z > 0 ? 1 : 0;
}

/**
 * The perceptron's prediction for one input x: step(w · x + b), so always 0 or 1. A point exactly
 * on the decision line (z = 0) is predicted 0. Does not modify `w` or `x`.
 * Throws an Error naming both lengths when w and x differ in length (weightedSum already does).
 */
export function perceptronPredict(w: number[], b: number, x: number[]): 0 | 1 {
  // Reuse both halves rather than comparing z with 0 again here: the convention at z = 0 and the
  // length check then live in one place each.
  return step(weightedSum(w, b, x));
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
  // The error is 0 when the prediction is right (no change), +1 when the neuron should have
  // fired but did not (move w towards x), and -1 when it fired but should not have (move away).
  // Its sign, y - yhat and not yhat - y, is what makes the two kinds of mistake move apart.
  const error = y - perceptronPredict(w, b, x);
  // map builds a new array, so the caller's w is left as it was. Inputs that were 0 did not
  // contribute to the mistake, and eta * error * 0 leaves their weight alone.
  const newW = w.map((wi, i) => wi + eta * error * x[i]);
  // The bias behaves like a weight on an extra input that is always 1.
  return { w: newW, b: b + eta * error };
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
  // Refuse bad input before training: one label per example (either way round), and at least
  // one example (without one there is nothing to learn, and no way to know how many weights).
  if (xs.length !== ys.length) {
    throw new Error(`trainPerceptron expected one label per example, got ${xs.length} examples and ${ys.length} labels`);
  }
  if (xs.length === 0) throw new Error('trainPerceptron expected at least one example, got none');
  const eta = options.eta ?? 0.1;
  const maxEpochs = options.maxEpochs ?? 100;
  // Copy the starting weights so the caller's options.w is never changed behind their back.
  let w = options.w ? [...options.w] : xs[0].map(() => 0);
  let b = options.b ?? 0;
  const mistakesPerEpoch: number[] = [];
  while (mistakesPerEpoch.length < maxEpochs) {
    let mistakes = 0;
    // Every example, in the given order, every epoch: no early exit on a mistake.
    for (let i = 0; i < xs.length; i++) {
      // A mistake is judged by the prediction made before this example's update.
      if (perceptronPredict(w, b, xs[i]) !== ys[i]) mistakes++;
      // A correct prediction gives error 0, so updating unconditionally is the same rule.
      ({ w, b } = perceptronUpdate(w, b, xs[i], ys[i], eta));
    }
    mistakesPerEpoch.push(mistakes);
    // An epoch without mistakes means every example is on the right side of the line: done.
    if (mistakes === 0) break;
  }
  // Converged means the last epoch was clean, even when it was the last one allowed; comparing
  // the number of epochs with maxEpochs would get that case wrong.
  const converged = mistakesPerEpoch[mistakesPerEpoch.length - 1] === 0;
  return { w, b, epochs: mistakesPerEpoch.length, converged, mistakesPerEpoch };
}
