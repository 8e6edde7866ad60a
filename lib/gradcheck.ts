/**
 * Gradient checking: compare a gradient computed by backprop with one estimated by nudging each
 * input. If they agree, the backward pass is right (with overwhelming probability); if not, the
 * worst entry says where to look.
 */
import { Matrix } from './matrix.ts';

/**
 * |a − b| / max(|a|, |b|, 1e-12) (DESIGN §3): scale-free, so the same threshold works for big
 * and small gradients; the floor keeps 0 vs 0 at 0 instead of 0/0. Below about 1e-7 means
 * "equal up to the error of the finite difference" for float64 code.
 */
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

/**
 * ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖) over every entry at once, ‖·‖ the Euclidean norm: one number for a whole
 * gradient (CS231n's measure, and the one chapter 7's gradientCheck exercise computes). It is
 * scale-free like relativeError, but a few tiny entries cannot dominate it; 0 when both are all
 * zeros. It says whether the gradient is right; relativeError entry by entry says where it is not.
 */
export function normRelativeError(analytic: ArrayLike<number>, numerical: ArrayLike<number>): number {
  if (analytic.length !== numerical.length) {
    throw new RangeError(`normRelativeError: ${analytic.length} analytic entries against ${numerical.length} numerical ones`);
  }
  let difference = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < analytic.length; i++) {
    difference += (analytic[i] - numerical[i]) ** 2;
    a += analytic[i] ** 2;
    b += numerical[i] ** 2;
  }
  const scale = Math.sqrt(a) + Math.sqrt(b);
  return scale === 0 ? 0 : Math.sqrt(difference) / scale;
}

/** The forward difference (f(x + h) − f(x)) / h: its error shrinks only like h. */
export function forwardDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x)) / h;
}

/**
 * The centred difference (f(x + h) − f(x − h)) / 2h: the h² terms of the two Taylor series
 * cancel, so its error shrinks like h². h = 1e-5 balances that error (~h²) against float64
 * rounding in the subtraction (~1e-16 / h).
 */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** Anything whose entries can be nudged in place: a Matrix (its data), a Float64Array or a number[]. */
export type Numbers = Matrix | Float64Array | number[];

function entries(x: Numbers): Float64Array | number[] {
  return x instanceof Matrix ? x.data : x;
}

/**
 * The gradient of the scalar function f at x, by centred differences: each entry of x is nudged
 * up and down in place (and restored), and f is called twice per entry. Returns a Float64Array
 * in the same order as x's entries (row-major for a Matrix).
 */
export function numericalGradient<T extends Numbers>(f: (x: T) => number, x: T, h = 1e-5): Float64Array {
  const values = entries(x);
  const grad = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const saved = values[i];
    values[i] = saved + h;
    const up = f(x);
    values[i] = saved - h;
    const down = f(x);
    values[i] = saved;
    grad[i] = (up - down) / (2 * h);
  }
  return grad;
}

export interface GradientCheck {
  /** The largest relative error over all entries. */
  maxRelativeError: number;
  /** Where it is (an index into the entries, row-major for a Matrix). */
  worst: number;
  /** The analytic and numerical values there. */
  analytic: number;
  numerical: number;
  /** The numerical gradient, entry by entry. */
  numericalGradient: Float64Array;
  /** maxRelativeError < tolerance. */
  ok: boolean;
}

/**
 * Checks `analytic` (the gradient of f at x that backprop computed) against centred differences,
 * entry by entry, with the relative error of DESIGN §3. The default tolerance 1e-7 suits float64
 * code with h = 1e-5.
 */
export function gradientCheck<T extends Numbers>(
  f: (x: T) => number,
  x: T,
  analytic: Numbers,
  options: { h?: number; tolerance?: number } = {},
): GradientCheck {
  const { h = 1e-5, tolerance = 1e-7 } = options;
  const a = entries(analytic);
  const numerical = numericalGradient(f, x, h);
  if (a.length !== numerical.length) {
    throw new RangeError(`gradientCheck: the analytic gradient has ${a.length} entries but the input has ${numerical.length}`);
  }
  let worst = 0;
  let maxRelativeError = 0;
  for (let i = 0; i < a.length; i++) {
    const e = relativeError(a[i], numerical[i]);
    if (e > maxRelativeError || Number.isNaN(e)) {
      maxRelativeError = e;
      worst = i;
    }
  }
  return {
    maxRelativeError,
    worst,
    analytic: a[worst] ?? 0,
    numerical: numerical[worst] ?? 0,
    numericalGradient: numerical,
    ok: maxRelativeError < tolerance,
  };
}
