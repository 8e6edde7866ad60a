/**
 * Losses and their gradients. Predictions ŷ and targets y are matrices of the same shape with one
 * example per column (DESIGN §4). Every cost is a mean over the m examples, and every gradient is
 * the exact derivative of that cost, so the 1/m lives here and nowhere else: a layer's
 * dW = dZ Xᵀ needs no further averaging.
 *
 * Per example: squared error and binary cross-entropy are averaged over the n outputs (with one
 * output, as usual, that changes nothing); categorical cross-entropy is a sum over the classes,
 * since together the classes form one distribution.
 */
import { Matrix } from './matrix.ts';

function sameShape(op: string, yHat: Matrix, y: Matrix): void {
  if (yHat.rows !== y.rows || yHat.cols !== y.cols) {
    throw new RangeError(`${op}: predictions and targets must have the same shape, got ${yHat.shape} and ${y.shape}`);
  }
}

function output(op: string, out: Matrix | undefined, like: Matrix): Matrix {
  if (!out) return new Matrix(like.rows, like.cols);
  if (out.rows !== like.rows || out.cols !== like.cols) {
    throw new RangeError(`${op}: the output is ${out.shape} but the gradient is ${like.shape}`);
  }
  return out;
}

/**
 * k·(ŷ − y): the gradient of every loss here whose derivative with respect to its input is the
 * difference scaled by the cost's mean (squared error, and the two fused logit gradients).
 */
function scaledDifference(op: string, yHat: Matrix, y: Matrix, k: number, out: Matrix | undefined): Matrix {
  sameShape(op, yHat, y);
  const g = output(op, out, y);
  for (let i = 0; i < y.data.length; i++) g.data[i] = k * (yHat.data[i] - y.data[i]);
  return g;
}

/** The mean of (ŷ − y)² over all n·m entries. */
export function meanSquaredError(yHat: Matrix, y: Matrix): number {
  sameShape('meanSquaredError', yHat, y);
  let s = 0;
  for (let i = 0; i < y.data.length; i++) s += (yHat.data[i] - y.data[i]) ** 2;
  return s / y.data.length;
}
/** ∂/∂ŷ of the mean squared error: 2(ŷ − y) / (n·m). */
export function meanSquaredErrorGradient(yHat: Matrix, y: Matrix, out?: Matrix): Matrix {
  return scaledDifference('meanSquaredErrorGradient', yHat, y, 2 / y.data.length, out);
}

/** How far predictions are kept from 0 and 1 in the cross-entropies, so that ln never sees 0. */
export const EPSILON = 1e-12;

const clip = (p: number, eps: number): number => Math.min(Math.max(p, eps), 1 - eps);

/**
 * Binary cross-entropy −[y ln ŷ + (1 − y) ln(1 − ŷ)], averaged over all entries, with ŷ clipped to
 * [ε, 1 − ε] so that a confident wrong answer costs about 27.6 instead of Infinity.
 */
export function binaryCrossEntropy(yHat: Matrix, y: Matrix, epsilon = EPSILON): number {
  sameShape('binaryCrossEntropy', yHat, y);
  let s = 0;
  for (let i = 0; i < y.data.length; i++) {
    const p = clip(yHat.data[i], epsilon);
    const t = y.data[i];
    s -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
  }
  return s / y.data.length;
}
/**
 * ∂/∂ŷ: (−y/ŷ + (1 − y)/(1 − ŷ)) / (n·m). Both terms: the first pushes ŷ up where y = 1, the
 * second (with a plus sign) pushes it down where y = 0. Evaluated at the clipped ŷ, so it stays
 * finite; inside [ε, 1 − ε] it is the exact derivative.
 */
export function binaryCrossEntropyGradient(yHat: Matrix, y: Matrix, out?: Matrix, epsilon = EPSILON): Matrix {
  sameShape('binaryCrossEntropyGradient', yHat, y);
  const g = output('binaryCrossEntropyGradient', out, y);
  const k = 1 / y.data.length;
  for (let i = 0; i < y.data.length; i++) {
    const p = clip(yHat.data[i], epsilon);
    const t = y.data[i];
    g.data[i] = k * (-t / p + (1 - t) / (1 - p));
  }
  return g;
}

/**
 * Categorical cross-entropy −Σ_i y_i ln ŷ_i per example (a sum over the classes), averaged over
 * the m examples. With one-hot y it is −ln(probability given to the right class). ŷ is floored at
 * ε. This is the loss for softmax outputs; summing a binary cross-entropy per output (as one note
 * does) is a different loss, for independent yes/no outputs.
 */
export function categoricalCrossEntropy(yHat: Matrix, y: Matrix, epsilon = EPSILON): number {
  sameShape('categoricalCrossEntropy', yHat, y);
  let s = 0;
  for (let i = 0; i < y.data.length; i++) {
    if (y.data[i] !== 0) s -= y.data[i] * Math.log(Math.max(yHat.data[i], epsilon));
  }
  return s / y.cols;
}
/** ∂/∂ŷ: −y / (m ŷ), ŷ floored at ε. */
export function categoricalCrossEntropyGradient(yHat: Matrix, y: Matrix, out?: Matrix, epsilon = EPSILON): Matrix {
  sameShape('categoricalCrossEntropyGradient', yHat, y);
  const g = output('categoricalCrossEntropyGradient', out, y);
  const m = y.cols;
  for (let i = 0; i < y.data.length; i++) g.data[i] = -y.data[i] / (m * Math.max(yHat.data[i], epsilon));
  return g;
}

/**
 * Softmax followed by categorical cross-entropy, computed from the logits Z (before softmax) in
 * one stable step: per example, −Σ_i y_i (z_i − max − ln Σ_k e^(z_k − max)). No probability is
 * formed, so nothing is clipped and nothing overflows.
 */
export function softmaxCrossEntropy(logits: Matrix, y: Matrix): number {
  sameShape('softmaxCrossEntropy', logits, y);
  const { rows: n, cols: m } = y;
  const z = logits.data;
  let s = 0;
  for (let j = 0; j < m; j++) {
    let max = -Infinity;
    for (let i = 0; i < n; i++) if (z[i * m + j] > max) max = z[i * m + j];
    let total = 0;
    for (let i = 0; i < n; i++) total += Math.exp(z[i * m + j] - max);
    const logTotal = Math.log(total);
    for (let i = 0; i < n; i++) {
      const t = y.data[i * m + j];
      if (t !== 0) s -= t * (z[i * m + j] - max - logTotal);
    }
  }
  return s / m;
}

/**
 * The fused gradient of softmax + cross-entropy with respect to the logits: (ŷ − y) / m, where
 * ŷ = softmax(Z) is passed in (the forward pass has it already). The full softmax Jacobian times
 * −y/ŷ collapses to this, provided each column of y sums to 1 (one-hot labels do).
 */
export function softmaxCrossEntropyGradient(probabilities: Matrix, y: Matrix, out?: Matrix): Matrix {
  return scaledDifference('softmaxCrossEntropyGradient', probabilities, y, 1 / y.cols, out);
}

/**
 * Sigmoid followed by binary cross-entropy, from the logits Z, averaged over all entries:
 * per entry max(z, 0) − z·y + ln(1 + e^(−|z|)), the same value as −[y ln σ(z) + (1 − y) ln(1 − σ(z))]
 * without ever forming σ(z) = 0 or 1.
 */
export function sigmoidCrossEntropy(logits: Matrix, y: Matrix): number {
  sameShape('sigmoidCrossEntropy', logits, y);
  let s = 0;
  for (let i = 0; i < y.data.length; i++) {
    const z = logits.data[i];
    s += Math.max(z, 0) - z * y.data[i] + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return s / y.data.length;
}

/** The fused gradient of sigmoid + binary cross-entropy with respect to the logits: (ŷ − y) / (n·m), ŷ = σ(Z). */
export function sigmoidCrossEntropyGradient(probabilities: Matrix, y: Matrix, out?: Matrix): Matrix {
  return scaledDifference('sigmoidCrossEntropyGradient', probabilities, y, 1 / y.data.length, out);
}
