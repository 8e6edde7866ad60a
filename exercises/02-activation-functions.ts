/**
 * Chapter 2: activation functions. The functions a neuron applies to its weighted sum z, from the
 * perceptron's step to the ReLU family and softmax, and the reason they must not be linear.
 * Page: docs/02-activation-functions.md. Grade this chapter with `npm test -- 02`.
 *
 * Every function must return a finite number (never NaN or Infinity) for every finite input, and
 * none modifies its inputs. Use Math.exp, Math.log, Math.log1p, Math.expm1 and Math.max freely;
 * the page says where the obvious formula overflows.
 */
import { NotImplemented } from '../lib/not-implemented.ts';

/**
 * The Heaviside step H(z): 0 for z < 0, 1 for z > 0, and exactly 1/2 at z = 0 (the midpoint of
 * the jump; chapter 1's step gives 0 there instead).
 */
export function heaviside(z: number): number {
  // TODO: three cases: negative, zero, positive.
  throw new NotImplemented('heaviside');
}

/** sign(z): -1 for z < 0, 0 at z = 0, and 1 for z > 0. */
export function sign(z: number): number {
  // TODO: three cases, like heaviside, with other values.
  throw new NotImplemented('sign');
}

/** The identity (linear) activation: returns z unchanged. */
export function linear(z: number): number {
  // TODO: the simplest activation there is.
  throw new NotImplemented('linear');
}

/**
 * The piecewise-linear ramp: 0 for z ≤ -1/2, z + 1/2 for -1/2 < z < 1/2, and 1 for z ≥ 1/2.
 * It is continuous: both formulas agree at z = ±1/2.
 */
export function piecewiseLinear(z: number): number {
  // TODO: the flat part on the left, the ramp in the middle, the flat part on the right.
  throw new NotImplemented('piecewiseLinear');
}

/**
 * The sigmoid σ(z) = 1 / (1 + e^(-z)), strictly between 0 and 1 for moderate z, and σ(0) = 1/2.
 * Must return a number in [0, 1] (never NaN) for every finite z, including z = ±1000.
 */
export function sigmoid(z: number): number {
  // TODO: the formula above; then check what it does at z = 1000 and at z = -1000.
  throw new NotImplemented('sigmoid');
}

/**
 * The hyperbolic tangent tanh(z) = (e^z - e^(-z)) / (e^z + e^(-z)), in [-1, 1], tanh(0) = 0.
 * Must return a number in [-1, 1] (never NaN) for every finite z, including z = ±1000.
 * Math.tanh is allowed; writing it from Math.exp first is the better exercise.
 */
export function tanh(z: number): number {
  // TODO: the formula above, written so that nothing overflows for large |z|.
  throw new NotImplemented('tanh');
}

/** The rectified linear unit: max(0, z). relu(0) is 0. */
export function relu(z: number): number {
  // TODO: z when it is positive, otherwise 0.
  throw new NotImplemented('relu');
}

/**
 * The leaky ReLU: z for z > 0, and alpha * z for z ≤ 0 (so leakyRelu(0) is 0).
 * `alpha` is the slope on the negative side, 0.01 when not given.
 */
export function leakyRelu(z: number, alpha = 0.01): number {
  // TODO: like relu, but the negative side keeps a small slope alpha.
  throw new NotImplemented('leakyRelu');
}

/**
 * Softplus, a smooth ReLU: ln(1 + e^z). softplus(0) = ln 2.
 * Must return a finite number for every finite z: softplus(1000) is 1000 (not Infinity), and
 * softplus(-1000) is 0 (up to rounding).
 */
export function softplus(z: number): number {
  // TODO: the formula above, rewritten so that e^z is never computed for a large positive z.
  throw new NotImplemented('softplus');
}

/**
 * The exponential linear unit: z for z > 0, and alpha * (e^z - 1) for z ≤ 0 (so elu(0) is 0,
 * and elu(z) approaches -alpha as z goes to -∞). `alpha` is 1 when not given.
 */
export function elu(z: number, alpha = 1): number {
  // TODO: two cases; Math.expm1(z) computes e^z - 1 accurately for z near 0.
  throw new NotImplemented('elu');
}

/**
 * Maxout: the largest of the pieces z_1, …, z_k (each piece is one weighted sum of the same
 * input). Throws an Error when `pieces` is empty. Does not modify `pieces`.
 */
export function maxout(pieces: number[]): number {
  // TODO: the largest entry; decide first what to do with an empty array.
  throw new NotImplemented('maxout');
}

/**
 * Softmax of the logits z: s_i = e^(z_i) / Σ_j e^(z_j). Returns a new array of the same length,
 * every entry in [0, 1], summing to 1. Must not overflow: softmax([1000, 1000]) is [0.5, 0.5].
 * Throws an Error when `z` is empty. Does not modify `z`.
 */
export function softmax(z: number[]): number[] {
  // TODO: subtract the largest logit from every logit first, then exponentiate and normalise.
  throw new NotImplemented('softmax');
}

/** A layer without activation: x ↦ W x + b. `W` has one row per output; `b` one entry per output. */
export interface LinearLayer {
  W: number[][];
  b: number[];
}

/**
 * Two linear layers, first x ↦ W1 x + b1 and then a ↦ W2 a + b2, as the one linear layer that
 * computes the same: W = W2 W1 and b = W2 b1 + b2.
 *
 * Shapes: W1 is (n1 × n0), b1 has n1 entries, W2 is (n2 × n1), b2 has n2 entries; the result's
 * W is (n2 × n0) and its b has n2 entries. Matrices are arrays of rows.
 * Throws an Error that names the sizes when they do not fit: W2's number of columns differs from
 * W1's number of rows, b1 or b2 has the wrong length, a matrix is ragged (rows of different
 * lengths) or has no rows or no columns. Does not modify its inputs.
 */
export function collapseLinearLayers(W1: number[][], b1: number[], W2: number[][], b2: number[]): LinearLayer {
  // TODO: check the shapes, then multiply W2 by W1, and W2 by b1 plus b2.
  throw new NotImplemented('collapseLinearLayers');
}
