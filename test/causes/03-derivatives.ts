/**
 * Chapter 3's diagnoses (test/grader/cause.ts): the usual wrong arithmetic of the difference
 * quotients, the usual wrong formulas of the activations' derivatives, and the usual wrong
 * denominators of relativeError, |a − b| / max(|a|, |b|, 1e-12).
 */
import * as activations from '../../lib/activations.ts';
import { relativeError } from '../../lib/gradcheck.ts';
import { diagnosis } from '../grader/cause.ts';
import { buildFunction, shortName, type TestFunction } from '../probes/03-derivatives-functions.ts';

const distance = (a: number, b: number) => Math.abs(a - b);

export const relativeErrorDenominator = diagnosis({
  title: "relativeError's denominator",
  right: ([a, b]: readonly [number, number]) => relativeError(a, b),
  readings: {
    'first argument': ([a, b]) => distance(a, b) / Math.max(Math.abs(a), 1e-12),
    'second argument': ([a, b]) => distance(a, b) / Math.max(Math.abs(b), 1e-12),
    'signed numbers': ([a, b]) => distance(a, b) / Math.max(a, b, 1e-12),
    'no floor': ([a, b]) => distance(a, b) / Math.max(Math.abs(a), Math.abs(b)),
    // At (10.001, 10) the smaller size is |b|: only a probe tells the two apart.
    'smaller size': ([a, b]) => distance(a, b) / Math.max(Math.min(Math.abs(a), Math.abs(b)), 1e-12),
    'min with the floor': ([a, b]) => distance(a, b) / Math.min(Math.abs(a), Math.abs(b), 1e-12),
    // Not named (it is another measure, not a slip), but where it gives the same number as a
    // mistake that is, that one is not named either.
    'sum of sizes': ([a, b]) => distance(a, b) / Math.max(Math.abs(a) + Math.abs(b), 1e-12),
  },
  tolerance: (predicted) => 1e-12 * Math.max(1, Math.abs(predicted)),
  // A pair with different sizes and signs, tiny numbers where the floor decides, and a pair whose
  // larger size comes first.
  probes: [[-1, -2], [1e-13, 0], [2, 1]],
  together: true,
  show: ([a, b]) => `relativeError(${a}, ${b})`,
});

// ---------------------------------------------------------------------------------------------
// The difference quotients: what the code did with f's two values, once it called f at the right points.

/** A difference quotient's input: the function (by description), the point and the step. */
export interface DifferenceInput {
  spec: TestFunction;
  x: number;
  h: number;
}

/**
 * How far apart two correct implementations may land: the subtraction of two values of f loses
 * about ε·|f| each, and dividing by h magnifies that by 1/h (for f(a) = a² near 5 and h = 1e-5,
 * about 1e-9). Every mistake below is off by h·f'' or more, far above this on the probes.
 */
export function differenceTolerance({ spec, x, h }: DifferenceInput, predicted: number): number {
  const f = buildFunction(spec);
  const sizes = Math.abs(f(x + h)) + Math.abs(f(x)) + Math.abs(f(x - h));
  return 1e-12 * Math.max(1, Math.abs(predicted)) + (16 * Number.EPSILON * sizes) / h;
}

/** f's two values, the rise between them and the run the slope divides it by. */
function parts({ spec, x, h }: DifferenceInput, central: boolean) {
  const f = buildFunction(spec);
  const high = f(x + h);
  const low = central ? f(x - h) : f(x);
  return { high, low, rise: high - low, run: central ? 2 * h : h, h };
}

/**
 * Probes for both quotients: a² rising at 5 and falling at -5 (a flipped sign and a slope taken by
 * its size agree wherever f falls), with a small step where no two readings meet. With h = 0.5 the
 * forward difference divided by 2h is the rise itself: (cube, 2, 0.5) alone could not tell it from
 * a rise not divided at all.
 */
const differenceProbes: readonly DifferenceInput[] = [
  { spec: { kind: 'square' }, x: 5, h: 0.001 },
  { spec: { kind: 'square' }, x: -5, h: 0.001 },
];

const showDifference = (name: string) => ({ spec, x, h }: DifferenceInput) => `${name}(${shortName(spec)}, ${x}, ${h})`;

export const forwardArithmetic = diagnosis({
  title: "forwardDifference's arithmetic on f(x + h) and f(x)",
  right: (input: DifferenceInput) => parts(input, false).rise / input.h,
  readings: {
    'sign flipped': (input) => -parts(input, false).rise / input.h,
    'size of the slope': (input) => Math.abs(parts(input, false).rise) / input.h,
    'not divided': (input) => parts(input, false).rise,
    'divided by 2h': (input) => parts(input, false).rise / (2 * input.h),
    precedence: (input) => {
      const { high, low, run } = parts(input, false);
      return high - low / run;
    },
  },
  tolerance: (predicted, input) => differenceTolerance(input, predicted),
  probes: differenceProbes,
  together: true,
  show: showDifference('forwardDifference'),
});

export const centralArithmetic = diagnosis({
  title: "centralDifference's arithmetic on f(x + h) and f(x - h)",
  right: (input: DifferenceInput) => parts(input, true).rise / (2 * input.h),
  readings: {
    'sign flipped': (input) => -parts(input, true).rise / (2 * input.h),
    'size of the slope': (input) => Math.abs(parts(input, true).rise) / (2 * input.h),
    'not divided': (input) => parts(input, true).rise,
    'divided by h': (input) => parts(input, true).rise / input.h,
    'divided by 2, times h': (input) => (parts(input, true).rise / 2) * input.h,
    precedence: (input) => {
      const { high, low, run } = parts(input, true);
      return high - low / run;
    },
  },
  tolerance: (predicted, input) => differenceTolerance(input, predicted),
  probes: differenceProbes,
  together: true,
  show: showDifference('centralDifference'),
});

// ---------------------------------------------------------------------------------------------
// The derivatives of the activations: the function's value, or the formula applied to z, for its slope.

/** [z, alpha] (alpha undefined where the function has none, or where it is left to its default). */
export type PrimeInput = readonly [z: number, alpha?: number];

// Each derivative is a few floating-point operations, or an exponential of a number below 30:
// rounding error is below 1e-14 relative to max(1, |value|).
export const PRIME_TOLERANCE = 1e-10;
const primeTolerance = (predicted: number) => PRIME_TOLERANCE * Math.max(1, Math.abs(predicted));
const showPrime = (name: string) => ([z, alpha]: PrimeInput) => `${name}(${alpha === undefined ? z : `${z}, ${alpha}`})`;

export const sigmoidPrimeMistake = diagnosis({
  title: "sigmoidPrime's formula",
  right: ([z]: PrimeInput) => activations.sigmoidPrime(z),
  readings: {
    'applied to z': ([z]) => z * (1 - z),
    'the value': ([z]) => activations.sigmoid(z),
  },
  tolerance: primeTolerance,
  probes: [[0], [2], [-1]],
  show: showPrime('sigmoidPrime'),
});

export const tanhPrimeMistake = diagnosis({
  title: "tanhPrime's formula",
  right: ([z]: PrimeInput) => activations.tanhPrime(z),
  readings: { 'applied to z': ([z]) => 1 - z * z },
  tolerance: primeTolerance,
  probes: [[2], [-1], [0.5]],
  show: showPrime('tanhPrime'),
});

/** The value for the slope on the side where they differ; the other side left right. */
export const reluPrimeMistake = diagnosis({
  title: "reluPrime's positive side",
  right: ([z]: PrimeInput) => activations.reluPrime(z),
  readings: { 'the value': ([z]) => (z > 0 ? z : 0) },
  tolerance: primeTolerance,
  probes: [[2], [1e6]],
  show: showPrime('reluPrime'),
});

export const leakyReluPrimeMistake = diagnosis({
  title: "leakyReluPrime's negative side",
  right: ([z, alpha]: PrimeInput) => activations.leakyReluPrime(z, alpha),
  readings: { 'the value': ([z, alpha = 0.01]) => (z > 0 ? 1 : alpha * z) },
  tolerance: primeTolerance,
  probes: [[-2], [-1.5, 0.3]],
  show: showPrime('leakyReluPrime'),
});

export const softplusPrimeMistake = diagnosis({
  title: "softplusPrime's formula",
  right: ([z]: PrimeInput) => activations.softplusPrime(z),
  readings: { 'the value': ([z]) => activations.softplus(z) },
  tolerance: primeTolerance,
  probes: [[0], [1], [-2]],
  show: showPrime('softplusPrime'),
});

/**
 * eluPrime's negative side. With alpha = 1 (its default) the ELU's value alpha(e^z - 1) is its
 * shape e^z - 1, and e^z without alpha is right: only a probe with another alpha tells them apart.
 */
export const eluPrimeMistake = diagnosis({
  title: "eluPrime's negative side",
  right: ([z, alpha]: PrimeInput) => activations.eluPrime(z, alpha),
  readings: {
    'the value': ([z, alpha = 1]) => (z > 0 ? 1 : alpha * Math.expm1(z)),
    'shape without alpha': ([z]) => (z > 0 ? 1 : Math.expm1(z)),
    'without alpha': ([z]) => (z > 0 ? 1 : Math.exp(z)),
  },
  tolerance: primeTolerance,
  probes: [[-1, 2], [-2, 0.5]],
  show: showPrime('eluPrime'),
});
