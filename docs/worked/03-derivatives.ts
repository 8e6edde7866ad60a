/**
 * Every number printed in docs/03-derivatives.md, computed at build time: the difference
 * quotients by lib/gradcheck.ts (forwardDifference, centralDifference, relativeError), the
 * activations and their derivatives by lib/activations.ts. The page refers to them as @{key}.
 *
 * The page's small functions (3a, a², a³, ln a) are not activations and have no home in lib/; they
 * are defined once here, with their exact derivatives, and exported so that the figures and the
 * widget's browser test use the same ones.
 */
import {
  elu,
  eluPrime,
  leakyReluPrime,
  relu,
  reluPrime,
  sigmoid,
  sigmoidPrime,
  softplus,
  softplusPrime,
  tanh,
  tanhPrime,
} from '../../lib/activations.ts';
import { centralDifference, forwardDifference, numericalGradient, relativeError } from '../../lib/gradcheck.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';

export interface NudgeFunction {
  /** As the page writes it in TeX. */
  tex: string;
  f: (a: number) => number;
  /** The exact derivative. */
  df: (a: number) => number;
}

export const threeA: NudgeFunction = { tex: '3a', f: (a) => 3 * a, df: () => 3 };
export const square: NudgeFunction = { tex: 'a^2', f: (a) => a * a, df: (a) => 2 * a };
export const cube: NudgeFunction = { tex: 'a^3', f: (a) => a * a * a, df: (a) => 3 * a * a };
export const log: NudgeFunction = { tex: '\\ln a', f: Math.log, df: (a) => 1 / a };

/** The nudge of the first section. */
export const NUDGE = 0.001;

/**
 * A number with up to `digits` significant digits (10 by default): the nudged values need more
 * than the page's usual six (5.001² = 25.010001 has eight), and 10 is still far above float64's
 * rounding noise, which would otherwise show as 25.010001000000003.
 */
export function long(value: number, digits = 10): string {
  const text = String(Number(value.toPrecision(digits)));
  if (/e/.test(text)) throw new RangeError(`long(${value}) would print in exponent notation: use texScientific`);
  return text;
}

/** "-1.25 \times 10^{-3}": a small or large number as TeX, with `digits` significant digits. */
export function texScientific(value: number, digits = 3): string {
  if (value === 0) return '0';
  let exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  if (Math.abs(mantissa) >= 10) {
    exponent += 1;
    mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  }
  if (exponent === 0) return String(mantissa);
  return Math.abs(mantissa) === 1 ? `${mantissa < 0 ? '-' : ''}10^{${exponent}}` : `${mantissa} \\times 10^{${exponent}}`;
}

// ---- Slope by nudging: f(a + 0.001) − f(a), for four functions. ----

const nudged = (fn: NudgeFunction, a: number, name: string) => {
  const before = fn.f(a);
  const after = fn.f(a + NUDGE);
  return {
    [`${name}`]: before,
    [`${name}Nudged`]: long(after),
    [`${name}Rise`]: long(after - before, 8),
    // The same quotient as lib's forwardDifference computes.
    [`${name}Slope`]: long(forwardDifference(fn.f, a, NUDGE)),
    [`${name}Exact`]: fn.df(a),
  };
};

// ---- Forward against central differences, for ln a at a = 2, where the slope is exactly 1/2. ----

/** The point and function of the error study (the figure of |error| against h draws the same). */
export const errorStudy = { fn: log, a: 2 };
const exact = errorStudy.fn.df(errorStudy.a);
export const forwardError = (h: number) => forwardDifference(errorStudy.fn.f, errorStudy.a, h) - exact;
export const centralError = (h: number) => centralDifference(errorStudy.fn.f, errorStudy.a, h) - exact;

/** The steps of the table. */
const tableSteps = [1e-1, 1e-2, 1e-4, 1e-5, 1e-6, 1e-8, 1e-10, 1e-12];
const errorTableRows = tableSteps
  .map((h) => {
    const forward = forwardDifference(errorStudy.fn.f, errorStudy.a, h);
    const central = centralDifference(errorStudy.fn.f, errorStudy.a, h);
    return `| $${texScientific(h, 1)}$ | ${long(forward)} | $${texScientific(forward - exact)}$ | ${long(central)} | $${texScientific(central - exact)}$ |`;
  })
  .join('\n');

/** The step with the smallest |error| among 10^(−k/8) for k = 8 … 96 (the figure's samples). */
export const errorSteps = Array.from({ length: 89 }, (_, i) => 10 ** (-(i + 8) / 8));
const bestStep = (error: (h: number) => number) =>
  errorSteps.reduce((best, h) => (Math.abs(error(h)) < Math.abs(error(best)) ? h : best), errorSteps[0]);
const bestForward = bestStep(forwardError);
const bestCentral = bestStep(centralError);

// ---- Activations: right and wrong derivatives at z = 2 and z = 0. ----

export const Z_EXAMPLE = 2;
const z = Z_EXAMPLE;
const sigmoidA = sigmoid(z);
const tanhA = tanh(z);

// ---- Many inputs: partial derivatives, the gradient, directional derivatives. ----

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/03-derivatives.ts: the page says "${sentence}", which lib no longer gives`);
}

/** The bowl f(v) = v₁² + 3v₂², whose level curves are ellipses, and its exact gradient (2v₁, 6v₂). */
export const bowl = {
  tex: 'v_1^2 + 3 v_2^2',
  f: (v: ArrayLike<number>) => v[0] ** 2 + 3 * v[1] ** 2,
  gradient: (v: ArrayLike<number>): [number, number] => [2 * v[0], 6 * v[1]],
  /** The point where the page evaluates everything. */
  at: [2, 1] as [number, number],
};
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0] * b[0] + a[1] * b[1];
const bowlGradient = bowl.gradient(bowl.at);
export const bowlGradientNorm = Math.hypot(...bowlGradient);
const measuredGradient = numericalGradient(bowl.f, Float64Array.from(bowl.at));
claim(measuredGradient.every((g, i) => relativeError(g, bowlGradient[i]) < 1e-7), 'the partial derivatives are 2v₁ and 6v₂');
/** D_u f at the point, measured as lib measures any slope: the central difference of t ↦ f(v + t u) at t = 0. */
const directional = (u: readonly number[]) => centralDifference((t) => bowl.f([bowl.at[0] + t * u[0], bowl.at[1] + t * u[1]]), 0);
const diagonal = [Math.SQRT1_2, Math.SQRT1_2];
const uphill = bowlGradient.map((g) => g / bowlGradientNorm);
const across = [-uphill[1], uphill[0]];
const directions = [[1, 0], [0, 1], diagonal, uphill, uphill.map((c) => -c), across];
claim(directions.every((u) => Math.abs(directional(u) - dot(bowlGradient, u)) < 1e-8), 'D_u f = ∇f · u in every direction tried');
const bowlStep = [0.01, -0.005];
const bowlAfter = bowl.f([bowl.at[0] + bowlStep[0], bowl.at[1] + bowlStep[1]]);
const bowlEta = 0.01;
const bowlDescended = bowl.f([bowl.at[0] - bowlEta * bowlGradient[0], bowl.at[1] - bowlEta * bowlGradient[1]]);
claim(bowlDescended < bowl.f(bowl.at), 'a small step against the gradient lowers f');
/** The angle between −∇f and the direction from the point to the minimum at the origin. */
const missAngle = (Math.acos(dot(bowlGradient, bowl.at) / (bowlGradientNorm * Math.hypot(...bowl.at))) * 180) / Math.PI;

// ---- Relative error. ----

const worked: Record<string, number | string> = {
  nudge: NUDGE,

  // Many inputs: the bowl f(v) = v₁² + 3v₂² at v = (2, 1).
  bowlTex: bowl.tex,
  bowlAt: `(${bowl.at.join(', ')})`,
  bowlValue: bowl.f(bowl.at),
  bowlDv1: bowlGradient[0],
  bowlDv2: bowlGradient[1],
  bowlMeasuredDv1: long(measuredGradient[0], 8),
  bowlMeasuredDv2: long(measuredGradient[1], 8),
  bowlGradient: `(${bowlGradient.join(', ')})`,
  bowlGradientNorm: bowlGradientNorm,
  bowlGradientNormSquared: bowlGradientNorm ** 2,
  bowlStep: `(${bowlStep.join(', ')})`,
  bowlStepPredicted: long(dot(bowlGradient, bowlStep), 8),
  bowlStepActual: long(bowlAfter - bowl.f(bowl.at), 8),
  bowlDiagonal: directional(diagonal),
  bowlDiagonalExact: `${bowlGradient[0] + bowlGradient[1]}/\\sqrt{2}`,
  bowlEta,
  bowlDescentPredicted: long(-bowlEta * bowlGradientNorm ** 2, 8),
  bowlDescentActual: long(bowlDescended - bowl.f(bowl.at), 8),
  bowlMissAngle: Math.round(missAngle),
  ...nudged(threeA, 2, 'threeAAt2'),
  ...nudged(threeA, 5, 'threeAAt5'),
  ...nudged(square, 2, 'squareAt2'),
  ...nudged(square, 5, 'squareAt5'),
  ...nudged(cube, 2, 'cubeAt2'),
  ...nudged(log, 2, 'logAt2'),
  // ln's values have no short exact decimals: six significant digits, as elsewhere on the page.
  logAt2Nudged: log.f(2 + NUDGE),
  logAt2Rise: log.f(2 + NUDGE) - log.f(2),
  logAt2Slope: forwardDifference(log.f, 2, NUDGE),
  // The slip 5.001² = 25.001 would make the rise 0.001, a slope of 1 instead of 10.
  squareAt5WrongRise: long(25.001 - 25),
  squareAt5CentralSlope: long(centralDifference(square.f, 5, NUDGE)),
  cubeAt2CentralSlope: long(centralDifference(cube.f, 2, NUDGE)),
  cubeAt2ThreeASquared: cube.df(2),
  cubeAt2Predicted: long(cube.df(2) * NUDGE),

  // The error study.
  errorA: errorStudy.a,
  errorExact: exact,
  errorTableRows,
  forwardErrorAt2: texScientific(forwardError(1e-2)),
  forwardPredictedAt2: texScientific((1e-2 / 2) * (-1 / errorStudy.a ** 2)),
  centralErrorAt2: texScientific(centralError(1e-2)),
  centralPredictedAt2: texScientific((1e-4 / 6) * (2 / errorStudy.a ** 3)),
  forwardErrorAt3: texScientific(forwardError(1e-3)),
  centralErrorAt3: texScientific(centralError(1e-3)),
  epsilon: texScientific(Number.EPSILON, 3),
  sqrtEpsilon: texScientific(Math.sqrt(Number.EPSILON), 2),
  cbrtEpsilon: texScientific(Math.cbrt(Number.EPSILON), 2),
  bestForwardH: texScientific(bestForward, 2),
  bestForwardError: texScientific(Math.abs(forwardError(bestForward)), 2),
  bestCentralH: texScientific(bestCentral, 2),
  bestCentralError: texScientific(Math.abs(centralError(bestCentral)), 2),
  tinyForwardError: texScientific(Math.abs(forwardError(1e-12)), 2),

  // The sigmoid at z = 2: a(1 − a) against the mistake z(1 − z).
  zExample: z,
  sigmoidAt2: sigmoidA,
  sigmoidOneMinusAt2: 1 - sigmoidA,
  sigmoidPrimeAt2: sigmoidPrime(z),
  sigmoidCentralAt2: centralDifference(sigmoid, z),
  sigmoidWrongAt2: z * (1 - z),
  sigmoidPrimeAt0: sigmoidPrime(0),
  sigmoidWrongAt0: 0 * (1 - 0),
  sigmoidPrimeAt5: sigmoidPrime(5),
  sigmoidPrimeAtMinus5: sigmoidPrime(-5),
  sigmoidRightRelErr: texScientific(relativeError(sigmoidPrime(z), centralDifference(sigmoid, z)), 2),
  sigmoidWrongRelErr: relativeError(z * (1 - z), centralDifference(sigmoid, z)),
  sigmoidForwardRelErr: texScientific(relativeError(sigmoidPrime(z), forwardDifference(sigmoid, z)), 2),
  // The slope of ten sigmoids in a row is at most (1/4)^10 (chapter 9).
  tenSigmoids: texScientific(sigmoidPrime(0) ** 10, 3),

  // tanh at z = 2: 1 − a² against the mistake 1 − z².
  tanhAt2: tanhA,
  tanhPrimeAt2: tanhPrime(z),
  tanhCentralAt2: centralDifference(tanh, z),
  tanhWrongAt2: 1 - z * z,
  tanhPrimeAt0: tanhPrime(0),
  tanhPrimeAt3: tanhPrime(3),
  // tanh(z) = 2σ(2z) − 1, so tanh′(z) = 4σ′(2z).
  tanhFromSigmoid: 4 * sigmoidPrime(2 * z),

  // The rectifiers, with the course's conventions at 0.
  reluPrimeNegative: reluPrime(-1),
  reluPrimeZero: reluPrime(0),
  reluPrimePositive: reluPrime(2),
  // A difference quotient straddling the corner sees neither side's slope.
  reluForwardAt0: forwardDifference(relu, 0),
  reluCentralAt0: centralDifference(relu, 0),
  leakyPrimeNegative: leakyReluPrime(-1),
  leakyPrimeZero: leakyReluPrime(0),
  leakyPrimePositive: leakyReluPrime(2),
  softplusPrimeAt2: softplusPrime(z),
  softplusCentralAt2: centralDifference(softplus, z),
  eluPrimeAtMinus1: eluPrime(-1),
  eluPlusAlphaAtMinus1: elu(-1) + 1,
  eluPrimeZero: eluPrime(0),
  eluPrimeZeroHalf: eluPrime(0, 0.5),
  eluPrimePositive: eluPrime(2),

  // Relative error: the same absolute error at two scales, the floor, the symmetry.
  bigA: long(1000.001),
  bigB: 1000,
  bigAbsolute: long(Math.abs(1000.001 - 1000)),
  bigRelative: texScientific(relativeError(1000.001, 1000), 2),
  smallA: 0.002,
  smallB: 0.001,
  smallAbsolute: Math.abs(0.002 - 0.001),
  smallRelative: relativeError(0.002, 0.001),
  floorTiny: texScientific(1e-14, 1),
  floorRelative: relativeError(1e-14, 0),
  zeroZero: relativeError(0, 0),
  belowFloor: texScientific(1e-20, 1),
  belowFloorRelative: texScientific(relativeError(1e-20, 0), 1),
  // A zero derivative measured by central differences: rounding noise of about ε|f|/h.
  noiseAtZero: texScientific(Number.EPSILON / 1e-5, 1),
};

export default worked;
