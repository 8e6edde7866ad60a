/**
 * Self-normalising networks (Klambauer, Unterthiner, Mayr and Hochreiter, 2017): the scaled ELU,
 * whose two constants make mean 0 and variance 1 a fixed point of a layer, and alpha dropout, the
 * dropout that keeps that fixed point.
 */
import { Matrix } from './matrix.ts';
import type { Random } from './random.ts';

/** The constants of the paper: with them, z ~ N(0, 1) gives selu(z) mean 0 and variance 1. */
export const SELU_ALPHA = 1.6732632423543772;
export const SELU_LAMBDA = 1.0507009873554805;

/** selu(z) = λ z for z > 0 and λ α (eᶻ − 1) for z ≤ 0: an ELU, scaled by λ. */
export function selu(z: number): number {
  return z > 0 ? SELU_LAMBDA * z : SELU_LAMBDA * SELU_ALPHA * Math.expm1(z);
}

/** The value selu tends to for z → −∞, −λα ≈ −1.758: where alpha dropout puts a dropped unit. */
export const SELU_SATURATION = -SELU_LAMBDA * SELU_ALPHA;

/**
 * The affine correction of alpha dropout with keep probability q: a dropped unit is set to
 * α′ = SELU_SATURATION, then every unit becomes a·x + b, with a = (q + α′² q (1 − q))^(−1/2) and
 * b = −a (1 − q) α′, so that inputs of mean 0 and variance 1 keep mean 0 and variance 1.
 */
export function alphaDropoutAffine(keepProb: number): { a: number; b: number } {
  if (!(keepProb > 0 && keepProb <= 1)) throw new RangeError(`alphaDropoutAffine: keepProb must be in (0, 1], got ${keepProb}`);
  const q = keepProb;
  const saturation = SELU_SATURATION;
  const a = 1 / Math.sqrt(q + saturation * saturation * q * (1 - q));
  return { a, b: -a * (1 - q) * saturation };
}

/** Alpha dropout of a matrix of activations: each entry kept with probability keepProb (one draw per entry, row by row), a new matrix. */
export function alphaDropout(x: Matrix, keepProb: number, random: Random): Matrix {
  const { a, b } = alphaDropoutAffine(keepProb);
  const out = new Matrix(x.rows, x.cols);
  for (let i = 0; i < x.data.length; i++) out.data[i] = a * (random.next() < keepProb ? x.data[i] : SELU_SATURATION) + b;
  return out;
}
