/**
 * Logistic regression: one sigmoid neuron trained by gradient descent on the binary cross-entropy.
 * It is the perceptron with its hard step replaced by σ, so its output is a probability and the
 * cost it is trained on has a gradient everywhere.
 *
 * Plain arrays, examples as rows (the shape of `Dataset` in logic-gates.ts and datasets.ts):
 * xs[i] is example i's n features and ys[i] its label, 0 or 1. The model is the weights w (n
 * numbers) and the bias b.
 *
 * Not exported through lib/index.ts: losses.ts already exports a Matrix-based `binaryCrossEntropy`
 * there, and this one takes numbers. Import this file directly (the chapter-5 grader, page and
 * widget do).
 */
import { sigmoid } from './activations.ts';

/** How far a predicted probability is kept from 0 and 1 before its logarithm is taken. */
export const EPSILON = 1e-12;

function sameLength(op: string, w: readonly number[], x: readonly number[], which = 'the example'): void {
  if (x.length !== w.length) {
    throw new RangeError(`${op} expected ${which} to have ${w.length} features (one per weight), got ${x.length}`);
  }
}

/** Checks what every function over a whole dataset needs: m ≥ 1 examples, one label each, labels 0 or 1, n features each. */
function checkData(op: string, w: readonly number[], xs: readonly (readonly number[])[], ys: readonly number[]): void {
  if (xs.length !== ys.length) {
    throw new RangeError(`${op} expected one label per example, got ${xs.length} examples and ${ys.length} labels`);
  }
  // The cost and the gradients are means over the examples, and the mean of nothing is 0/0.
  if (xs.length === 0) throw new RangeError(`${op} expected at least one example, got none`);
  for (let i = 0; i < xs.length; i++) {
    sameLength(op, w, xs[i], `example ${i}`);
    if (ys[i] !== 0 && ys[i] !== 1) throw new RangeError(`${op} expected labels 0 or 1, got ys[${i}] = ${ys[i]}`);
  }
}

/** a = σ(w · x + b): the model's probability that x has label 1. σ is the overflow-safe one, so z = ±1000 gives 1 or 0, never NaN. */
export function predictProba(w: readonly number[], b: number, x: readonly number[]): number {
  sameLength('predictProba', w, x);
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j] * x[j];
  return sigmoid(z);
}

/**
 * The loss of one prediction, L(a, y) = −[y ln a + (1 − y) ln(1 − a)], with a first clipped to
 * [ε, 1 − ε]: unclipped, a confident wrong answer (a = 0 with y = 1) costs ln 0 = Infinity, and
 * a confident right one (a = 1 with y = 1) gives 0 × ln 0 = NaN. Clipped, they cost −ln ε ≈ 27.63
 * and about ε. Throws if y is not 0 or 1.
 */
export function binaryCrossEntropy(a: number, y: number, epsilon = EPSILON): number {
  if (y !== 0 && y !== 1) throw new RangeError(`binaryCrossEntropy expected a label 0 or 1, got ${y}`);
  const p = Math.min(Math.max(a, epsilon), 1 - epsilon);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}

/** J(w, b) = (1/m) Σ_i L(σ(w · x_i + b), y_i): the mean loss over the m examples (a mean, so it does not grow with m). */
export function cost(w: readonly number[], b: number, xs: readonly (readonly number[])[], ys: readonly number[]): number {
  checkData('cost', w, xs, ys);
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += binaryCrossEntropy(predictProba(w, b, xs[i]), ys[i]);
  return total / xs.length;
}

export interface Gradients {
  /** ∂J/∂w, one entry per weight. */
  dw: number[];
  /** ∂J/∂b. */
  db: number;
}

/**
 * The gradient of `cost`: with dz_i = a_i − y_i (the sigmoid's derivative a(1 − a) cancels the
 * loss's denominators), dw = (1/m) Σ dz_i x_i and db = (1/m) Σ dz_i. It is the derivative of the
 * unclipped cost, which equals the clipped one wherever every a_i lies inside [ε, 1 − ε].
 */
export function logisticGradients(
  w: readonly number[],
  b: number,
  xs: readonly (readonly number[])[],
  ys: readonly number[],
): Gradients {
  checkData('logisticGradients', w, xs, ys);
  const m = xs.length;
  const dw = w.map(() => 0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    const dz = predictProba(w, b, xs[i]) - ys[i];
    for (let j = 0; j < dw.length; j++) dw[j] += dz * xs[i][j];
    db += dz;
  }
  return { dw: dw.map((g) => g / m), db: db / m };
}

/** One step downhill: w − η dw and b − η db. Returns new arrays; w and the gradients are left as they were. */
export function gradientStep(
  w: readonly number[],
  b: number,
  gradients: { dw: readonly number[]; db: number },
  learningRate: number,
): { w: number[]; b: number } {
  sameLength('gradientStep', w, gradients.dw, 'dw');
  return { w: w.map((wj, j) => wj - learningRate * gradients.dw[j]), b: b - learningRate * gradients.db };
}

export interface LogisticTrainOptions {
  /** η, a finite number greater than 0. */
  learningRate: number;
  /** How many gradient steps to take: a whole number, 0 or more. */
  epochs: number;
  /** Starting weights (default: n zeros). Copied, never modified. */
  w?: readonly number[];
  /** Starting bias (default 0). */
  b?: number;
  /**
   * Called once before training with epoch 0 and once after each step with epoch 1, 2, ...,
   * epochs, with the weights, bias and cost at that moment (so cost is costs[epoch]). The array
   * is fresh each call and never modified afterwards, so it may be kept.
   */
  onEpoch?: (epoch: number, w: number[], b: number, cost: number) => void;
}

export interface LogisticTrainResult {
  w: number[];
  b: number;
  /** epochs + 1 entries: costs[0] is the cost before training, costs[k] the cost after k steps. */
  costs: number[];
}

/**
 * Full-batch gradient descent: each epoch computes the gradient over all m examples and takes
 * one step, so `epochs` epochs are exactly `epochs` steps. Records the cost before the first step
 * and after every step (epochs + 1 numbers). Deterministic: no shuffling, no randomness.
 * Throws on the data errors of `cost`, a learning rate that is not a finite number > 0, or an
 * epoch count that is not a whole number ≥ 0.
 */
export function trainLogisticRegression(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: LogisticTrainOptions,
): LogisticTrainResult {
  const { learningRate, epochs, onEpoch } = options;
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0) {
    throw new RangeError(`trainLogisticRegression expected a learning rate greater than 0, got ${learningRate}`);
  }
  if (!Number.isInteger(epochs) || epochs < 0) {
    throw new RangeError(`trainLogisticRegression expected a whole number of epochs (0 or more), got ${epochs}`);
  }
  let w = options.w ? [...options.w] : (xs[0] ?? []).map(() => 0);
  let b = options.b ?? 0;
  checkData('trainLogisticRegression', w, xs, ys);
  const costs = [cost(w, b, xs, ys)];
  onEpoch?.(0, [...w], b, costs[0]);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    ({ w, b } = gradientStep(w, b, logisticGradients(w, b, xs, ys), learningRate));
    costs.push(cost(w, b, xs, ys));
    onEpoch?.(epoch, [...w], b, costs[epoch]);
  }
  return { w, b, costs };
}
