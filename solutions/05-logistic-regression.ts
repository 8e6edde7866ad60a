/**
 * Chapter 5: logistic regression. Worked solutions.
 * Page: docs/05-logistic-regression.md
 *
 * Data comes as rows: xs[i] is example i's n features (a plain array), ys[i] its label, 0 or 1,
 * and m = xs.length is the number of examples. The model is one weight per feature, w, and a
 * bias b. No function here modifies its inputs.
 */

// The types are the stub's own, so this solution keeps to exactly the contract the learner is given.
import type { Gradients, LogisticTrainOptions, LogisticTrainResult } from '../exercises/05-logistic-regression.ts';
export type { Gradients, LogisticTrainOptions, LogisticTrainResult };

/**
 * The model's probability that x has label 1: a = σ(z) with z = w · x + b = w[0]*x[0] + … + b,
 * and σ(z) = 1 / (1 + e^(-z)). predictProba([1, -1], 0, [2, 2]) is 0.5 (there z = 0).
 * Must return a number in [0, 1], never NaN, for every finite z, including z = ±1000.
 * Does not modify `w` or `x`.
 * Throws an Error naming both lengths when x does not have one entry per weight (x longer than w
 * or shorter).
 */
export function predictProba(w: number[], b: number, x: number[]): number {
  // !== and not >: a shorter x would read x[j] as undefined and give NaN; a longer one would have
  // features silently ignored.
  if (x.length !== w.length) {
    throw new Error(`predictProba expected x to have one entry per weight: got ${w.length} weights and ${x.length} features`);
  }
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j] * x[j];
  // Both branches compute the same σ(z), but each takes e only to a power ≤ 0, which cannot
  // overflow: for z = -1000, e^(-z) would be Infinity, and e^z / (1 + e^z) at z = 1000 would be
  // Infinity / Infinity = NaN.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
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
  if (y !== 0 && y !== 1) throw new Error(`binaryCrossEntropy expected a label 0 or 1, got ${y}`);
  // Unclipped, a = 0 with y = 1 costs -ln 0 = Infinity, and a = 1 with y = 1 gives
  // (1 - y) ln(1 - a) = 0 × (-Infinity) = NaN, even though that prediction is perfect.
  const p = Math.min(Math.max(a, epsilon), 1 - epsilon);
  // Both logs are negative (p is below 1), so the minus sign in front makes the loss positive.
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}

/** The same checks for cost and logisticGradients: the error names what came. */
function checkData(name: string, w: number[], xs: number[][], ys: number[]): void {
  if (xs.length !== ys.length) throw new Error(`${name} expected one label per example, got ${xs.length} examples and ${ys.length} labels`);
  // Both functions divide by m: with no examples that is 0/0.
  if (xs.length === 0) throw new Error(`${name} expected at least one example, got none`);
  for (let i = 0; i < xs.length; i++) {
    if (xs[i].length !== w.length) throw new Error(`${name} expected example ${i} to have one entry per weight: got ${w.length} weights and ${xs[i].length} features`);
    if (ys[i] !== 0 && ys[i] !== 1) throw new Error(`${name} expected labels 0 or 1, got ys[${i}] = ${ys[i]}`);
  }
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
  checkData('cost', w, xs, ys);
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += binaryCrossEntropy(predictProba(w, b, xs[i]), ys[i]);
  // The mean: a cost that does not depend on how many examples there are, so one learning rate
  // suits a dataset of 10 and of 10,000.
  return total / xs.length;
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
  checkData('logisticGradients', w, xs, ys);
  const m = xs.length;
  const dw = w.map(() => 0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    // The chain rule for one example: ∂L/∂a = -y/a + (1 - y)/(1 - a) and ∂a/∂z = a(1 - a), whose
    // product simplifies to a - y. Its sign matters: a > y (predicted too high) gives a positive
    // dz, so the step w - η dw lowers z for this example.
    const dz = predictProba(w, b, xs[i]) - ys[i];
    // z = w · x + b, so ∂z/∂w[j] = x[j] and ∂z/∂b = 1.
    for (let j = 0; j < dw.length; j++) dw[j] += dz * xs[i][j];
    db += dz;
  }
  // J is a mean, so its gradient is the mean of the per-example gradients: divide both by m.
  return { dw: dw.map((g) => g / m), db: db / m };
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
  const { dw, db } = gradients;
  if (dw.length !== w.length) throw new Error(`gradientStep expected dw to have one entry per weight: got ${w.length} weights and ${dw.length} entries in dw`);
  // The gradient points uphill, towards a larger cost, so the step subtracts it. map makes a new
  // array: the caller's w is still the point the step started from.
  return { w: w.map((wj, j) => wj - learningRate * dw[j]), b: b - learningRate * db };
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
  const { learningRate, epochs } = options;
  // Number.isFinite is false for NaN and ±Infinity, which a plain `learningRate > 0` lets through
  // (NaN) or turns into a step of infinite size.
  if (!Number.isFinite(learningRate) || learningRate <= 0) {
    throw new Error(`trainLogisticRegression expected a learning rate greater than 0, got ${learningRate}`);
  }
  if (!Number.isInteger(epochs) || epochs < 0) {
    throw new Error(`trainLogisticRegression expected a whole number of epochs (0 or more), got ${epochs}`);
  }
  // Before xs[0] is read: with no examples there is no first example to count features from.
  if (xs.length === 0) throw new Error('trainLogisticRegression expected at least one example, got none');
  // A copy, so that the steps below never write into the caller's options.w (gradientStep makes
  // new arrays anyway; the copy also keeps the returned w from being the caller's array at epochs = 0).
  let w = options.w ? [...options.w] : xs[0].map(() => 0);
  let b = options.b ?? 0;
  // cost checks the data (counts, lengths, labels) before anything is trained, and gives costs[0].
  const costs = [cost(w, b, xs, ys)];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    ({ w, b } = gradientStep(w, b, logisticGradients(w, b, xs, ys), learningRate));
    // The cost after this step: costs[epoch] belongs to the w and b the loop has now.
    costs.push(cost(w, b, xs, ys));
  }
  return { w, b, costs };
}
