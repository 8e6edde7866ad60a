/**
 * Chapter 3: derivatives. Slopes measured by nudging the input (finite differences), the exact
 * derivative of every activation of chapter 2, and the relative error that compares the two.
 * Page: docs/03-derivatives.md. Grade this chapter with `npm test -- 03`.
 *
 * This chapter does not need chapter 2: where a derivative needs σ(z), compute it here (the page
 * says how to do it without overflow). Every derivative must return a finite number (never NaN or
 * Infinity) for every finite z, including z = ±1000, and no function modifies its inputs.
 */
import { NotImplemented } from '../lib/not-implemented.ts';

/**
 * The forward difference (f(x + h) - f(x)) / h: the slope of the secant from x to x + h, an
 * estimate of f'(x) whose error shrinks like h.
 * Calls f exactly twice, at x + h and at x. `h` is 1e-5 when not given.
 * Example: for f(a) = a², x = 5 and h = 0.001, f rises from 25 to 25.010001, so the result is 10.001.
 */
export function forwardDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  // TODO: evaluate f at x + h and at x, and divide the rise by the run h.
  throw new NotImplemented('forwardDifference');
}

/**
 * The central (centred) difference (f(x + h) - f(x - h)) / (2h): the slope of the secant from
 * x - h to x + h, an estimate of f'(x) whose error shrinks like h², much faster than the forward
 * difference's.
 * Calls f exactly twice, at x + h and at x - h (never at x itself). `h` is 1e-5 when not given.
 * Example: for f(a) = a², x = 5 and h = 0.001, the result is 10 (up to rounding).
 */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  // TODO: evaluate f on both sides of x, and divide by the distance between the two points.
  throw new NotImplemented('centralDifference');
}

/**
 * The derivative of the sigmoid: σ'(z) = σ(z)(1 - σ(z)), where σ(z) = 1 / (1 + e^(-z)).
 * With a = σ(z), the output, this is a(1 - a); it is not z(1 - z). σ'(0) = 1/4, the largest value.
 * Must be finite (never NaN) for every finite z: σ'(±1000) is 0 (up to rounding).
 */
export function sigmoidPrime(z: number): number {
  // TODO: compute a = σ(z) without overflow (as in chapter 2), then a(1 - a).
  throw new NotImplemented('sigmoidPrime');
}

/**
 * The derivative of tanh: tanh'(z) = 1 - tanh(z)². With a = tanh(z), the output, this is
 * 1 - a²; it is not 1 - z². tanh'(0) = 1, the largest value; tanh'(±1000) is 0.
 * Math.tanh is allowed.
 */
export function tanhPrime(z: number): number {
  // TODO: compute a = tanh(z), then 1 - a².
  throw new NotImplemented('tanhPrime');
}

/**
 * The derivative of ReLU: 0 for z < 0 and 1 for z > 0. At the kink z = 0 the derivative does not
 * exist; this course's convention is reluPrime(0) = 0.
 */
export function reluPrime(z: number): number {
  // TODO: two cases; decide which side z = 0 falls on (the convention above).
  throw new NotImplemented('reluPrime');
}

/**
 * The derivative of the leaky ReLU: 1 for z > 0, and alpha for z ≤ 0. At the kink z = 0 the
 * convention is the left-hand slope, so leakyReluPrime(0) = alpha. `alpha` is 0.01 when not given.
 */
export function leakyReluPrime(z: number, alpha = 0.01): number {
  // TODO: two cases, like reluPrime, but the negative side keeps the slope alpha.
  throw new NotImplemented('leakyReluPrime');
}

/**
 * The derivative of softplus ln(1 + e^z): e^z / (1 + e^z), which is the sigmoid σ(z).
 * softplusPrime(0) = 1/2. Must be finite (never NaN) for every finite z: 1 at z = 1000, 0 at
 * z = -1000 (up to rounding).
 */
export function softplusPrime(z: number): number {
  // TODO: differentiate ln(1 + e^z) with the chain rule and recognise the result; avoid e^1000.
  throw new NotImplemented('softplusPrime');
}

/**
 * The derivative of the ELU (z for z > 0, alpha(e^z - 1) for z ≤ 0): 1 for z > 0, and
 * alpha·e^z for z ≤ 0. At z = 0 the convention is the left-hand slope, so eluPrime(0) = alpha
 * (with alpha = 1 both sides agree and the ELU is smooth there). `alpha` is 1 when not given.
 * eluPrime(-1000) is 0 (up to rounding).
 */
export function eluPrime(z: number, alpha = 1): number {
  // TODO: two cases; on the negative side, differentiate alpha(e^z - 1).
  throw new NotImplemented('eluPrime');
}

/**
 * The relative error between two numbers: |a - b| / max(|a|, |b|, 1e-12).
 * It is symmetric (relativeError(a, b) = relativeError(b, a)), never negative, 0 when a = b
 * (including relativeError(0, 0) = 0, which the floor 1e-12 makes possible instead of 0/0), at
 * most 1 when a and b have the same sign, and at most 2 always. Below 1e-7 means "equal up to the
 * error of a centred difference" for the gradient checks of later chapters.
 * Example: relativeError(10.001, 10) ≈ 1e-4; relativeError(1e-13, 0) = 0.1 (the floor applies).
 */
export function relativeError(a: number, b: number): number {
  // TODO: the distance between a and b, divided by the larger of |a|, |b| and 1e-12.
  throw new NotImplemented('relativeError');
}
