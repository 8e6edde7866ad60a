/**
 * A gradient against its centred-difference estimate, judged so that rounding never fails a right
 * answer.
 *
 * DESIGN §3 judges by the relative error |a − n| / max(|a|, |n|, 1e-12) below 1e-7. Alone, that
 * fails right gradients wherever the true gradient is exactly 0 (x/x, x − x, x·0): a backward pass
 * written another way than lib's (x/y as x·y^(−1), say) gives 1/x − x·x^(−2) = 1e-16 there, the
 * centred difference gives 0 or its own rounding noise, and noise over noise is a relative error
 * near 1, or 1e-4 over the 1e-12 floor. So a gradient also passes when it is within an absolute
 * floor of the estimate: the rounding noise of the centred difference itself (see centredNoise).
 * Every mistake a grader names moves a gradient by about its own size, many orders above it.
 */

/** DESIGN §3: a right float64 gradient agrees with centred differences (h = 1e-5) below this. */
export const GRADIENT_TOLERANCE = 1e-7;
/** The step of the centred differences the graders compare with. */
export const CENTRED_STEP = 1e-5;

/**
 * Rounding errors that can reach f's value: each evaluation of f rounds once per operation, and
 * graders evaluate at most a few dozen operations whose errors mostly cancel; 16 ulps of the
 * largest value on the way bounds what was measured on the course's graphs and networks (at
 * most 4 ulps) with room to spare.
 */
const NOISE_ULPS = 16;

/**
 * The rounding noise of (f(x + h) − f(x − h)) / 2h, where `magnitude` is the largest size of the
 * values computed on the way to f (the nodes of a graph, the cost and its terms): each of the two
 * evaluations is off by a few ulps of it, and the difference is divided by 2h. With values near 1
 * and h = 1e-5 that is 3.6e-10. The analytic gradient's own noise (a few ulps of its terms, 1e-16
 * for x/x) is far below it.
 */
export function centredNoise(magnitude: number, h = CENTRED_STEP): number {
  return (NOISE_ULPS * Number.EPSILON * Math.abs(magnitude)) / h;
}

export interface GradientAgreement {
  /** Within the absolute floor, or below the relative tolerance. */
  agrees: boolean;
  /** |a − n| (for vectors ‖a − n‖), the distance judged against the floor. */
  difference: number;
  /** |a − n| / max(|a|, |n|, 1e-12) (for vectors with lengths ‖·‖), DESIGN §3's measure. */
  relativeError: number;
  /** The absolute floor: centredNoise of the magnitude (times √length for a vector). */
  floor: number;
  /** The entry with the largest |a − n| (0 for a number). */
  worst: number;
}

export interface AgreementOptions {
  /** The largest size of the values computed on the way to f (see centredNoise). */
  magnitude: number;
  /** The step of the centred difference (default 1e-5). */
  h?: number;
  /** The relative tolerance (default DESIGN §3's 1e-7). */
  tolerance?: number;
  /**
   * How the relative error of a vector is measured: 'norm' (default), ‖a − n‖ / max(‖a‖, ‖n‖,
   * 1e-12), as gradient checks usually do (an entry near 0 cannot be resolved on its own), or
   * 'sum', ‖a − n‖ / (‖a‖ + ‖n‖), chapter 7's own measure (0 when both are 0).
   */
  measure?: 'norm' | 'sum';
}

/**
 * Whether an analytic gradient (a number or a vector of entries) agrees with its centred
 * differences: |a − n| within the rounding noise of the centred difference, or the relative
 * error below the tolerance. A NaN, an Infinity or a length mismatch never agrees.
 */
export function gradientAgreement(analytic: number | readonly number[], numeric: number | readonly number[], options: AgreementOptions): GradientAgreement {
  const { magnitude, h = CENTRED_STEP, tolerance = GRADIENT_TOLERANCE, measure = 'norm' } = options;
  const a = typeof analytic === 'number' ? [analytic] : analytic;
  const n = typeof numeric === 'number' ? [numeric] : numeric;
  const size = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const gaps = a.map((x, i) => Math.abs(x - n[i]));
  const difference = size(a.map((x, i) => x - n[i]));
  const scale = measure === 'sum' ? size(a) + size(n) : Math.max(size(a), size(n), 1e-12);
  const relativeError = scale === 0 ? 0 : difference / scale;
  const floor = centredNoise(magnitude, h) * Math.sqrt(a.length);
  const worst = gaps.reduce((k, g, i) => (!(g <= gaps[k]) ? i : k), 0);
  const finite = a.length === n.length && Number.isFinite(difference);
  return { agrees: finite && (difference <= floor || relativeError < tolerance), difference, relativeError, floor, worst };
}
