/**
 * Grader for chapter 3 (derivatives). For each exercise: the page's values first, then the
 * conventions the stub states (the default h, the slope at a kink, the floor of the relative
 * error), then seeded random inputs against lib/ (shrunk to the smallest failing one), then every
 * derivative against centred differences of lib's activation, then z = ±1000 and ±710, where the
 * textbook formulas overflow.
 *
 * forwardDifference and centralDifference take a function, which cannot cross into the sandbox:
 * they are graded through the probe test/probes/03-derivatives.ts, which builds the function
 * inside the worker from a description and records every point where the learner's code called
 * it. A misconception is named only when the returned value (and where f was called) is exactly
 * what that mistake gives, and never when it equals the right answer.
 *
 * Nothing here reaches chapter 2's exercises: chapter 3 is graded on its own.
 */
import { describe, it } from './grader/runner/api.ts';
import * as activations from '../lib/activations.ts';
import * as gradcheck from '../lib/gradcheck.ts';
import { errorStudy, NUDGE, Z_EXAMPLE } from '../docs/worked/03-derivatives.ts';
import { buildFunction, describeFunction, shortName, type TestFunction } from './probes/03-derivatives-functions.ts';
import type { DifferenceRun } from './probes/03-derivatives.ts';
import {
  centralArithmetic,
  differenceTolerance,
  eluPrimeMistake,
  forwardArithmetic,
  leakyReluPrimeMistake,
  PRIME_TOLERANCE,
  relativeErrorDenominator,
  reluPrimeMistake,
  sigmoidPrimeMistake,
  softplusPrimeMistake,
  tanhPrimeMistake,
  type DifferenceInput,
  type PrimeInput,
} from './causes/03-derivatives.ts';
import type { Diagnosis } from './grader/cause.ts';
import { decimal, expectClose, expectEqual, expectThat, fc, forAll, formatCall, formatPair, formatValue, gradientAgreement, misconception, nameCause, openChapter } from './grader/index.ts';

const chapter = openChapter('03-derivatives', {
  probe: 'test/probes/03-derivatives.ts',
  params: {
    sigmoidPrime: ['z'],
    tanhPrime: ['z'],
    reluPrime: ['z'],
    leakyReluPrime: ['z', 'alpha'],
    softplusPrime: ['z'],
    eluPrime: ['z', 'alpha'],
    relativeError: ['a', 'b'],
  },
});

// ---------------------------------------------------------------------------------------------
// Difference quotients, through the probe.

type DifferenceName = 'forwardDifference' | 'centralDifference';

const DEFAULT_H = 1e-5;
const reference: Record<DifferenceName, (f: (x: number) => number, x: number, h?: number) => number> = {
  forwardDifference: gradcheck.forwardDifference,
  centralDifference: gradcheck.centralDifference,
};

/**
 * The points the page nudges, each by its NUDGE (h = 0.001). The curved ones come first: on the
 * straight line 3a every difference quotient is exact, so it cannot tell one from another.
 */
const pagePoints: { spec: TestFunction; x: number }[] = [
  { spec: { kind: 'square' }, x: 5 },
  { spec: { kind: 'square' }, x: 2 },
  { spec: { kind: 'cube' }, x: 2 },
  { spec: { kind: 'log' }, x: 2 },
  { spec: { kind: 'threeA' }, x: 5 },
  { spec: { kind: 'threeA' }, x: 2 },
];
const PAGE_H = NUDGE;

/** The steps of the page's table of errors for ln a at a = 2, down to where rounding takes over. */
const errorTableSteps = [1e-1, 1e-2, 1e-4, 1e-5, 1e-6, 1e-8, 1e-10, 1e-12];

/** "centralDifference(a², 3, 0.001)"; a polynomial is written f, and named after the call. */
function differenceCall(name: DifferenceName, spec: TestFunction, x: number, h: number | undefined): string {
  const args = [spec.kind === 'polynomial' ? 'f' : shortName(spec), formatValue(x), ...(h === undefined ? [] : [formatValue(h)])];
  const call = `${name}(${args.join(', ')})`;
  return spec.kind === 'polynomial' ? `${call} with ${describeFunction(spec)}` : call;
}

/**
 * Two evaluation points near x are the same when they differ by the rounding of x ± h only (a few
 * units in the last place of x): fine enough to tell x from x + 1e-12, coarse enough that x + h
 * and h + x agree. Steps measured from such points carry twice that error.
 */
const pointTolerance = (x: number) => 16 * Number.EPSILON * Math.max(1, Math.abs(x));
const samePoint = (p: number, q: number, x: number) => Math.abs(p - q) <= pointTolerance(x);
const sameStep = (s: number, t: number, x: number) => Math.abs(s - t) <= 2 * pointTolerance(x);

function distinctPoints(calls: readonly number[], x: number): number[] {
  const points: number[] = [];
  for (const c of calls) if (typeof c === 'number' && !points.some((p) => samePoint(p, c, x))) points.push(c);
  return points.sort((p, q) => p - q);
}

/** Which difference the points make, and with what step: forward (x, x + s), backward (x - s, x) or central (x - s, x + s). */
function patternOf(points: readonly number[], x: number): { kind: 'forward' | 'backward' | 'central'; step: number } | undefined {
  if (points.length !== 2) return undefined;
  const [low, high] = points;
  if (samePoint(low, x, x)) return { kind: 'forward', step: high - x };
  if (samePoint(high, x, x)) return { kind: 'backward', step: x - low };
  if (samePoint(low + high, 2 * x, x)) return { kind: 'central', step: (high - low) / 2 };
  return undefined;
}

/**
 * "5.001, 4.999 and 5": points with as many digits as it takes to see a step of h next to x (2 and
 * 2.000000000001 for h = 1e-12, not 2 and 2).
 */
function listPoints(points: readonly number[], x: number, step: number): string {
  const digits = Math.min(17, Math.max(6, Math.ceil(Math.log10(Math.max(1, Math.abs(x)) / step)) + 3));
  const shown = points.map((p) => (Number.isFinite(p) ? String(Number(p.toPrecision(digits))) : formatValue(p)));
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** A step printed so that 0.001 and 1e-5 read as they were written, not as 0.00099999999. */
const showStep = (s: number) => formatValue(Number(s.toPrecision(6)));

/**
 * What is wrong with where the code called f, as a clause that starts "it …"; undefined when it
 * called f exactly twice, at the two points the doc comment names.
 */
function diagnosePoints(name: DifferenceName, x: number, h: number | undefined, run: DifferenceRun): string | undefined {
  const step = h ?? DEFAULT_H;
  const wantKind = name === 'forwardDifference' ? 'forward' : 'central';
  const rightPoints = wantKind === 'forward' ? 'x + h and x' : 'x + h and x - h';
  const wanted = wantKind === 'forward' ? [x + step, x] : [x + step, x - step];
  if (run.callCount === 0) return `it never called f: a difference quotient is built from f's values at ${rightPoints}, whatever f is`;
  if (run.calls.some((c) => typeof c !== 'number' || !Number.isFinite(c))) {
    const strange = run.calls.find((c) => typeof c !== 'number' || !Number.isFinite(c));
    const cause = h === undefined ? ': that is what x + h gives while h is undefined, so give the parameter its default value, h = 1e-5' : '';
    return `it evaluated f at ${formatValue(strange)}${cause}`;
  }
  const points = distinctPoints(run.calls, x);
  const pattern = patternOf(points, x);
  const at = `it evaluated f at ${listPoints(points, x, step)}${run.callCount === points.length ? '' : ` (${run.callCount} calls in all)`}`;
  if (pattern && pattern.kind === wantKind && !sameStep(pattern.step, step, x)) {
    if (h !== undefined && sameStep(pattern.step, DEFAULT_H, x)) {
      return `${at}, a step of 1e-5 (the default), although it was given h = ${showStep(h)}: use the h it is given`;
    }
    if (h === undefined) return `${at}, a step of ${showStep(pattern.step)}, but h was not given, so it is 1e-5: give the parameter its default value, h = 1e-5`;
    return `${at}, a step of ${showStep(pattern.step)} instead of h = ${showStep(h)}`;
  }
  if (pattern && pattern.kind !== wantKind && sameStep(pattern.step, step, x)) {
    if (pattern.kind === 'forward') return `${at}, that is x + h and x: the forward difference. The central one uses x + h and x - h, one step either side, and divides by 2h`;
    if (pattern.kind === 'central') return `${at}, that is x + h and x - h: the central difference. The forward one uses x + h and x itself, and divides by h`;
    return `${at}, that is x and x - h: the backward difference. The ${wantKind} one uses ${rightPoints}`;
  }
  if (!pattern || pattern.kind !== wantKind) return `${at}; ${name} evaluates f at ${rightPoints} (here ${listPoints(wanted, x, step)})`;
  if (run.callCount !== 2) {
    return `it called f ${run.callCount} times, at ${listPoints(run.calls, x, step)}; ${name} calls f exactly twice, once at each of ${listPoints(wanted, x, step)}`;
  }
  return undefined;
}

/** What the report says of each wrong arithmetic of test/causes/03-derivatives.ts, given the low value's and the run's names. */
function arithmeticSaying(name: DifferenceName, reading: string): string | undefined {
  const forward = name === 'forwardDifference';
  const lowName = forward ? 'f(x)' : 'f(x - h)';
  const runName = forward ? 'h' : '2h';
  const rising = differenceCall(name, { kind: 'square' }, 5, PAGE_H);
  switch (reading) {
    case 'sign flipped':
      return `That is ${lowName} - f(x + h) over ${runName}: the sign is flipped. The rise is f(x + h) - ${lowName}, the later value minus the earlier one.`;
    case 'size of the slope':
      return `That is the size of the slope, |f(x + h) - ${lowName}| / ${runName}, while ${rising} comes out right: where f falls, the rise and the slope are negative. Keep the sign.`;
    case 'not divided':
      return `That is f(x + h) - ${lowName} without dividing by the run ${runName}: a slope is rise over run.`;
    case 'divided by h':
      return `That is (f(x + h) - f(x - h)) / h: the two points are 2h apart, so divide by 2h.`;
    case 'divided by 2, times h':
      return `That is (f(x + h) - f(x - h)) / 2 * h: JavaScript divides by 2 and then multiplies by h. Write / (2 * h), with the parentheses.`;
    case 'divided by 2h':
      return `That is (f(x + h) - f(x)) / 2h: the forward difference's two points are h apart, so divide by h.`;
    case 'precedence':
      return `That is f(x + h) - ${lowName} / ${runName}: division comes before subtraction, so only ${lowName} was divided. Put the rise in parentheses: (f(x + h) - ${lowName}) / ${runName}.`;
    default:
      return undefined;
  }
}

/**
 * The code called f at the right two points but returned a wrong value: what it did with the two
 * values, when that is one mistake of test/causes/03-derivatives.ts and no other (where two agree
 * here, the learner's answers on the diagnosis's probes decide).
 */
async function diagnoseArithmetic(name: DifferenceName, input: DifferenceInput, got: number): Promise<string | undefined> {
  const d = name === 'forwardDifference' ? forwardArithmetic : centralArithmetic;
  const ask = (probe: DifferenceInput) =>
    chapter.probe<DifferenceRun>(name, [probe.spec, probe.x, probe.h]).then((run) => (typeof run.value === 'number' ? run.value : undefined), () => undefined);
  const reading = await nameCause<DifferenceInput, string>(d, input, got, ask);
  return reading === undefined ? undefined : arithmeticSaying(name, reading);
}

const capitalise = (text: string) => text[0].toUpperCase() + text.slice(1);

/** Runs the learner's difference on one function and point, and checks where it called f and what it returned. */
async function checkDifference(name: DifferenceName, spec: TestFunction, x: number, h?: number) {
  const what = differenceCall(name, spec, x, h);
  const run = await chapter.probe<DifferenceRun>(name, [spec, x, h], { label: what });
  const f = buildFunction(spec);
  const step = h ?? DEFAULT_H;
  const want = reference[name](f, x, step);
  const got = run.value;
  expectThat(typeof got === 'number', () => `${what} returned ${formatValue(got)}, a ${typeof got}: return a number (${formatValue(want)}).`);
  const value = got as number;
  const tol = differenceTolerance({ spec, x, h: step }, want);
  const right = Math.abs(value - want) <= tol;
  // Where f was called says most: forward instead of central, h ignored, the wrong default.
  const points = diagnosePoints(name, x, h, run);
  if (points !== undefined) {
    const [shownGot, shownWant] = formatPair(value, want);
    const returned = right ? `returned ${formatValue(value)}, the right value for this f, but` : `returned ${shownGot}; expected ${shownWant}.`;
    // Later chapters check gradients of whole networks, where every call of f is a forward pass.
    const where = name === 'centralDifference' ? 'once at x + h and once at x - h (never at x itself)' : 'once at x + h and once at x';
    misconception(true, () => `${what} ${returned} ${right ? points : capitalise(points)}.`, {
      hint: h === undefined ? `Give h its default in the signature, function ${name}(f: (x: number) => number, x: number, h = 1e-5), and call f ${where}.` : `Call f exactly twice, ${where}, with the h you are given.`,
    });
  }
  if (!right) {
    const arithmetic = await diagnoseArithmetic(name, { spec, x, h: step }, value);
    const [shownGot, shownWant] = formatPair(value, want);
    misconception(arithmetic !== undefined, () => `${what} returned ${shownGot}; expected ${shownWant}. ${arithmetic}`);
    expectClose(value, want, what, tol);
  }
}

/** Random polynomials of degree 0 to 4 with small coefficients, at a random point, with a random step. */
const polynomialCase = fc.record({
  coefficients: fc.array(decimal(4), { minLength: 1, maxLength: 5 }),
  x: decimal(3),
  h: fc.constantFrom(0.1, 0.01, 0.001, 1e-4),
});

/** The same checks for both difference quotients; each gets its own describe(), as the manifest's check reads them. */
function differenceChecks(name: DifferenceName) {
  it(`gives the page's nudges with h = 0.001: f(a) = a² at 5 and 2, a³ and ln a at 2, and 3a at 5 and 2`, async () => {
    for (const { spec, x } of pagePoints) await checkDifference(name, spec, x, PAGE_H);
  });

  it(`gives the page's table for ln a at a = ${errorStudy.a}, with h from 0.1 down to 1e-12`, async () => {
    for (const h of errorTableSteps) await checkDifference(name, { kind: 'log' }, errorStudy.a, h);
  });

  it('uses h = 1e-5 when h is not given', async () => {
    await checkDifference(name, { kind: 'sigmoid' }, 0.5);
    await checkDifference(name, { kind: 'square' }, 5);
  });

  it('uses the h it is given, large or small', async () => {
    for (const h of [0.5, 0.1, 1e-4]) await checkDifference(name, { kind: 'cube' }, 2, h);
  });

  it('matches the reference on random polynomials, points and steps', async () => {
    await forAll(`${name}/random`, polynomialCase, ({ coefficients, x, h }) => checkDifference(name, { kind: 'polynomial', coefficients }, x, h));
  });
}

describe('forwardDifference', () => differenceChecks('forwardDifference'));
describe('centralDifference', () => differenceChecks('centralDifference'));

// ---------------------------------------------------------------------------------------------
// Derivatives of the activations.

type PrimeName = 'sigmoidPrime' | 'tanhPrime' | 'reluPrime' | 'leakyReluPrime' | 'softplusPrime' | 'eluPrime';

/** Each derivative's reference, the activation it differentiates, and how a report writes it. */
const primes: Record<PrimeName, { prime: (z: number, alpha?: number) => number; activation: (z: number, alpha?: number) => number; symbol: string }> = {
  sigmoidPrime: { prime: activations.sigmoidPrime, activation: activations.sigmoid, symbol: 'σ' },
  tanhPrime: { prime: activations.tanhPrime, activation: activations.tanh, symbol: 'tanh' },
  reluPrime: { prime: activations.reluPrime, activation: activations.relu, symbol: 'ReLU' },
  leakyReluPrime: { prime: activations.leakyReluPrime, activation: activations.leakyRelu, symbol: 'leaky ReLU' },
  softplusPrime: { prime: activations.softplusPrime, activation: activations.softplus, symbol: 'softplus' },
  eluPrime: { prime: activations.eluPrime, activation: activations.elu, symbol: 'ELU' },
};

const TOL = PRIME_TOLERANCE;
const tolFor = (want: number) => TOL * Math.max(1, Math.abs(want));
const closeTo = (got: number, v: number) => Math.abs(got - v) <= tolFor(v);

/** Below this size of z no exponential of z or 2z overflows (e^x is Infinity above about 709.78). */
const OVERFLOW_FROM = 350;
/** The alpha each function takes when it is not given. */
const defaultAlphas = { leakyReluPrime: 0.01, eluPrime: 1 } as const;

/** How to compute each derivative without overflow, for the hint under an overflow. */
const overflowHints: Partial<Record<PrimeName, string>> = {
  sigmoidPrime: 'Compute a = σ(z) first, the overflow-free way of chapter 2 (1 / (1 + e^(-z)) for z >= 0, e^z / (1 + e^z) for z < 0), then return a * (1 - a).',
  tanhPrime: 'Compute a = Math.tanh(z), which stays in [-1, 1] for every z, then return 1 - a * a.',
  softplusPrime: 'The derivative of softplus is σ(z): compute it as 1 / (1 + e^(-z)) for z >= 0 and e^z / (1 + e^z) for z < 0, so no exponential is of a large positive number.',
  eluPrime: 'Only the negative side needs an exponential: compute alpha * Math.exp(z) only when z <= 0, where e^z is at most 1.',
};

/** Each derivative's diagnosis (test/causes/03-derivatives.ts): its usual wrong formulas. */
const primeMistakes: Record<PrimeName, Diagnosis<PrimeInput, string>> = {
  sigmoidPrime: sigmoidPrimeMistake,
  tanhPrime: tanhPrimeMistake,
  reluPrime: reluPrimeMistake,
  leakyReluPrime: leakyReluPrimeMistake,
  softplusPrime: softplusPrimeMistake,
  eluPrime: eluPrimeMistake,
};

/** What the report says of a wrong formula the diagnosis names. */
function primeSaying(name: PrimeName, reading: string, z: number, alpha: number | undefined): { sentence: string; hint?: string } | undefined {
  const constant = "The -1 is a constant, and a constant's derivative is 0: the slope for z ≤ 0 is alpha·e^z.";
  const termByTerm = 'Differentiate alpha(e^z - 1) term by term: alpha·e^z - 0.';
  switch (`${name}: ${reading}`) {
    case 'sigmoidPrime: applied to z':
      return {
        sentence: `That is z(1 - z), the formula applied to z itself. σ'(z) = a(1 - a) where a = σ(z) is the sigmoid's output (here a = ${formatValue(activations.sigmoid(z))}), not its input.`,
        hint: 'First compute a = σ(z), then return a * (1 - a).',
      };
    case 'sigmoidPrime: the value':
      return { sentence: `That is σ(z) itself, the sigmoid's value; its slope is σ(z)(1 - σ(z)).` };
    case 'tanhPrime: applied to z':
      return {
        sentence: `That is 1 - z², the formula applied to z itself. tanh'(z) = 1 - a² where a = tanh(z) is the output (here a = ${formatValue(Math.tanh(z))}), not the input.`,
        hint: 'First compute a = Math.tanh(z), then return 1 - a * a.',
      };
    case 'reluPrime: the value':
      return { sentence: `That is ReLU(z) itself, the function's value; its slope for z > 0 is 1 (the line z rises by 1 per unit).` };
    case 'leakyReluPrime: the value':
      return { sentence: `That is alpha * z, the leaky ReLU's value; its slope on the negative side is alpha.` };
    case 'softplusPrime: the value':
      return { sentence: `That is softplus(z) itself, the function's value; its slope is e^z / (1 + e^z) = σ(z).` };
    case 'eluPrime: the value':
      return { sentence: `That is alpha(e^z - 1), the ELU's own value. ${constant}`, hint: termByTerm };
    case 'eluPrime: shape without alpha':
      return { sentence: `That is e^z - 1, the ELU's shape without alpha. ${constant}`, hint: termByTerm };
    case 'eluPrime: without alpha':
      return {
        sentence: `That is e^z, without the factor alpha = ${formatValue(alpha ?? 1)}: the derivative of alpha(e^z - 1) is alpha·e^z.`,
        hint: 'The constant factor alpha stays in the derivative: return alpha * Math.exp(z) for z <= 0.',
      };
    default:
      return undefined;
  }
}

/**
 * The one usual wrong formula that explains `got`, or undefined; where two agree at this z (with
 * alpha = 1, the ELU's value is its shape e^z - 1), the learner's answers on the probes decide.
 */
async function diagnosePrime(name: PrimeName, z: number, alpha: number | undefined, got: number) {
  const ask = ([pz, palpha]: PrimeInput) =>
    chapter.call<number>(name, palpha === undefined ? [pz] : [pz, palpha]).then((v) => (typeof v === 'number' ? v : undefined), () => undefined);
  const reading = await nameCause(primeMistakes[name], [z, alpha], got, ask);
  return reading === undefined ? undefined : primeSaying(name, reading, z, alpha);
}

/** Calls name(z[, alpha]) and compares with lib, naming overflow and the usual mistakes. */
async function checkPrime(name: PrimeName, z: number, alpha?: number) {
  const args = alpha === undefined ? [z] : [z, alpha];
  const what = formatCall(name, args);
  const got = await chapter.call<number>(name, args);
  const want = primes[name].prime(z, alpha);
  expectThat(typeof got === 'number', () => `${what} returned ${formatValue(got)}, a ${typeof got}: return a number (${formatValue(want)}).`);
  // Not a number has two usual causes, told apart by the input: an exponential overflows only
  // where |z| is above about 355 (e^(2z) in a tanh), and an alpha left undefined spoils only the
  // negative side of a call that does not give it.
  const defaultAlpha = name === 'leakyReluPrime' || name === 'eluPrime' ? defaultAlphas[name] : undefined;
  misconception(
    Number.isNaN(got) && alpha === undefined && defaultAlpha !== undefined && z <= 0 && Math.abs(z) < OVERFLOW_FROM,
    () => `${what} returned NaN; expected ${formatValue(want)}. That is what the slope on the negative side gives while alpha is undefined: give the parameter its default value, alpha = ${defaultAlpha}.`,
    { hint: `Give the parameter a default value in the signature: function ${name}(z: number, alpha = ${defaultAlpha}).` },
  );
  misconception(
    (Number.isNaN(got) || !Number.isFinite(got)) && Math.abs(z) >= OVERFLOW_FROM,
    () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. Somewhere an exponential overflowed (e^z is Infinity for z above about 709, and Infinity / Infinity is NaN).`,
    { hint: overflowHints[name] },
  );
  if (!closeTo(got, want)) {
    const diagnosis = await diagnosePrime(name, z, alpha, got);
    if (diagnosis) misconception(true, () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. ${diagnosis.sentence}`, { hint: diagnosis.hint });
  }
  expectClose(got, want, what, tolFor(want));
}

/**
 * The learner's derivative against the slope of lib's activation measured by centred differences
 * with h = 1e-5 (test/grader/gradient.ts: relative error below 1e-7, DESIGN §3, or within the
 * rounding noise of the difference). Only away from kinks, and only where the slope is large
 * enough for the difference to measure it: where σ or tanh is within 1e-5 of ±1, the subtraction
 * f(z + h) - f(z - h) loses most of its digits.
 */
async function checkAgainstSlope(name: PrimeName, z: number, alpha?: number) {
  const args = alpha === undefined ? [z] : [z, alpha];
  const what = formatCall(name, args);
  const got = await chapter.call<number>(name, args);
  const activation = primes[name].activation;
  const measured = gradcheck.centralDifference((t) => activation(t, alpha), z);
  const { agrees, relativeError: error } = gradientAgreement(got, measured, { magnitude: Math.abs(activation(z, alpha)) });
  expectThat(
    typeof got === 'number' && agrees,
    () => `${what} returned ${formatValue(got)}, but the slope of ${primes[name].symbol} at z = ${formatValue(z)}${alpha === undefined ? '' : ` with alpha = ${formatValue(alpha)}`}, measured by the centred difference with h = 1e-5, is ${formatValue(measured)} (relative error ${formatValue(error)}, above 1e-7).`,
  );
}

/** Random z away from 0, where the rectifiers have their kink. */
const awayFromKink = (max: number) => decimal(max).filter((z) => z !== 0);
/** Slopes of leaky ReLU and ELU: 0.1 to 3 (ELU's alpha above 1 too, where its kink is sharp). */
const alphaArbitrary = fc.integer({ min: 1, max: 30 }).map((k) => k / 10);

describe('sigmoidPrime', () => {
  it("gives the page values σ'(0) = 1/4, σ'(±1), σ'(±2) and σ'(±5)", async () => {
    for (const z of [0, Z_EXAMPLE, -Z_EXAMPLE, 1, -1, 5, -5]) await checkPrime('sigmoidPrime', z);
  });

  it('matches the reference on random z', async () => {
    await forAll('sigmoidPrime/random', decimal(30), (z) => checkPrime('sigmoidPrime', z));
  });

  it('matches the slope of σ measured by centred differences (relative error < 1e-7)', async () => {
    await forAll('sigmoidPrime/slope', decimal(6), (z) => checkAgainstSlope('sigmoidPrime', z));
  });

  it('is finite, not NaN, at z = ±1000 and ±710 (where e^z first overflows) and ±40', async () => {
    for (const z of [1000, -1000, 710, -710, 40, -40]) await checkPrime('sigmoidPrime', z);
  });
});

describe('tanhPrime', () => {
  it("gives the page values tanh'(0) = 1, tanh'(±1), tanh'(±2) and tanh'(3)", async () => {
    for (const z of [0, Z_EXAMPLE, -Z_EXAMPLE, 1, -1, 3, 0.5]) await checkPrime('tanhPrime', z);
  });

  it('matches the reference on random z', async () => {
    await forAll('tanhPrime/random', decimal(20), (z) => checkPrime('tanhPrime', z));
  });

  it('matches the slope of tanh measured by centred differences (relative error < 1e-7)', async () => {
    await forAll('tanhPrime/slope', decimal(3), (z) => checkAgainstSlope('tanhPrime', z));
  });

  it('is finite, not NaN, at z = ±1000, ±710 and ±20', async () => {
    for (const z of [1000, -1000, 710, -710, 20, -20]) await checkPrime('tanhPrime', z);
  });
});

describe('reluPrime', () => {
  it('gives the page values: 1 for z > 0, 0 for z < 0', async () => {
    for (const z of [2, -1, -2, 1, 1e-9, -1e-9, 1e6, -1e6]) await checkPrime('reluPrime', z);
  });

  it('follows the convention at the kink: reluPrime(0) = 0', async () => {
    // Both sides first: a slope of 1 everywhere also gives 1 at 0, which is not the kink's fault.
    await checkPrime('reluPrime', -1);
    await checkPrime('reluPrime', 1);
    for (const z of [0, -0]) {
      const got = await chapter.call<number>('reluPrime', [z]);
      misconception(got === 1, `reluPrime(0) returned 1; the slope of ReLU at the kink z = 0 does not exist, and this course's convention is 0 there (z > 0, not z >= 0).`, {
        hint: 'return z > 0 ? 1 : 0; the strict > puts z = 0 on the flat side.',
      });
      expectEqual(got, 0, `reluPrime(${Object.is(z, -0) ? '-0' : 0})`);
    }
  });

  it('matches the reference on random z', async () => {
    await forAll('reluPrime/random', decimal(100), (z) => checkPrime('reluPrime', z));
  });

  it('matches the slope of ReLU measured by centred differences away from 0', async () => {
    await forAll('reluPrime/slope', awayFromKink(100), (z) => checkAgainstSlope('reluPrime', z));
  });
});

describe('leakyReluPrime', () => {
  it('gives the page values with alpha = 0.01 when it is not given', async () => {
    const got = await chapter.call<number>('leakyReluPrime', [-2]);
    misconception(
      typeof got === 'number' && got !== activations.leakyReluPrime(-2) && got !== 1 && got > 0 && got < 1,
      () => `leakyReluPrime(-2) returned ${formatValue(got)}, a slope of ${formatValue(got)} on the negative side; when alpha is not given it is 0.01, so the answer is ${formatValue(activations.leakyReluPrime(-2))}.`,
      { hint: 'Give the parameter a default value in the signature: function leakyReluPrime(z: number, alpha = 0.01).' },
    );
    for (const z of [-2, -1, 2, 3, -0.5]) await checkPrime('leakyReluPrime', z);
  });

  it('follows the convention at the kink: leakyReluPrime(0) = alpha, the left-hand slope', async () => {
    for (const args of [[0], [0, 0.2], [-0, 0.3]]) {
      const alpha = args[1] ?? 0.01;
      // The left side just before the kink first, so a wrong slope there is not blamed on the kink.
      await checkPrime('leakyReluPrime', -1, args[1]);
      const what = formatCall('leakyReluPrime', args);
      const got = await chapter.call<number>('leakyReluPrime', args);
      misconception(got === 1, () => `${what} returned 1; at the kink z = 0 this course's convention is the left-hand slope, alpha = ${formatValue(alpha)} (z > 0, not z >= 0).`, {
        hint: 'return z > 0 ? 1 : alpha; the strict > puts z = 0 on the left side.',
      });
      expectClose(got, alpha, what, 0);
    }
  });

  it('uses the alpha it is given, on the negative side only', async () => {
    for (const [z, alpha] of [[-2, 0.1], [3, 0.1], [-1.5, 0.3], [-1, 2]]) await checkPrime('leakyReluPrime', z, alpha);
  });

  it('matches the reference on random z and alpha', async () => {
    await forAll('leakyReluPrime/random', fc.tuple(decimal(100), alphaArbitrary), ([z, alpha]) => checkPrime('leakyReluPrime', z, alpha));
  });

  it('matches the slope of the leaky ReLU measured by centred differences away from 0', async () => {
    await forAll('leakyReluPrime/slope', fc.tuple(awayFromKink(100), alphaArbitrary), ([z, alpha]) => checkAgainstSlope('leakyReluPrime', z, alpha));
  });
});

describe('softplusPrime', () => {
  it('gives the page values softplusPrime(0) = 1/2, and at ±1 and ±2', async () => {
    for (const z of [0, 1, -1, 2, -2]) await checkPrime('softplusPrime', z);
  });

  it('matches the reference on random z', async () => {
    await forAll('softplusPrime/random', decimal(30), (z) => checkPrime('softplusPrime', z));
  });

  it('matches the slope of softplus measured by centred differences (relative error < 1e-7)', async () => {
    await forAll('softplusPrime/slope', decimal(10), (z) => checkAgainstSlope('softplusPrime', z));
  });

  it('is finite, not NaN, at z = ±1000 and ±710: 1 and 0', async () => {
    for (const z of [1000, -1000, 710, -710]) await checkPrime('softplusPrime', z);
  });
});

describe('eluPrime', () => {
  it('gives the page values with alpha = 1 when it is not given', async () => {
    const got = await chapter.call<number>('eluPrime', [-2]);
    const impliedAlpha = got / Math.exp(-2);
    misconception(
      typeof got === 'number' && !closeTo(got, activations.eluPrime(-2)) && impliedAlpha > 0 && Math.abs(impliedAlpha - Math.round(impliedAlpha * 1000) / 1000) < 1e-9,
      () => `eluPrime(-2) returned ${formatValue(got)}, which is alpha·e^-2 with alpha = ${formatValue(impliedAlpha)}; when alpha is not given it is 1, so the answer is ${formatValue(activations.eluPrime(-2))}.`,
      { hint: 'Give the parameter a default value in the signature: function eluPrime(z: number, alpha = 1).' },
    );
    for (const z of [-2, -1, 2, 3, 1, -20]) await checkPrime('eluPrime', z);
  });

  it('follows the convention at the kink: eluPrime(0) = alpha, the left-hand slope', async () => {
    for (const args of [[0], [0, 0.5], [0, 2], [-0, 3]]) {
      const alpha = args[1] ?? 1;
      // The left side first: e^z without alpha also gives 1 at z = 0, which is not the kink's fault.
      await checkPrime('eluPrime', -1, args[1]);
      const what = formatCall('eluPrime', args);
      const got = await chapter.call<number>('eluPrime', args);
      misconception(got === 1 && alpha !== 1, () => `${what} returned 1; at the kink z = 0 this course's convention is the left-hand slope, alpha·e^0 = alpha = ${formatValue(alpha)} (z > 0, not z >= 0).`, {
        hint: 'return z > 0 ? 1 : alpha * Math.exp(z); the strict > puts z = 0 on the left side.',
      });
      await checkPrime('eluPrime', ...(args as [number, number?]));
    }
  });

  it('uses the alpha it is given, on the negative side only', async () => {
    for (const [z, alpha] of [[-1, 2], [3, 0.5], [-2, 0.5], [-0.5, 3]]) await checkPrime('eluPrime', z, alpha);
  });

  it('matches the reference on random z and alpha', async () => {
    await forAll('eluPrime/random', fc.tuple(decimal(30), alphaArbitrary), ([z, alpha]) => checkPrime('eluPrime', z, alpha));
  });

  it('matches the slope of the ELU measured by centred differences away from 0', async () => {
    await forAll('eluPrime/slope', fc.tuple(awayFromKink(6), alphaArbitrary), ([z, alpha]) => checkAgainstSlope('eluPrime', z, alpha));
  });

  it('is finite at z = ±1000: 1 on the right, 0 on the left', async () => {
    for (const args of [[1000], [-1000], [-1000, 2], [-710]]) await checkPrime('eluPrime', ...(args as [number, number?]));
  });
});

// ---------------------------------------------------------------------------------------------
// The relative error.

describe('relativeError', () => {
  const oneSided = (side: string) => ({
    sentence: `That is |a - b| divided by ${side}, only. The denominator is the larger of |a|, |b| (and 1e-12), so the result does not depend on which number comes first: relativeError(a, b) = relativeError(b, a).`,
    hint: 'Divide by Math.max(Math.abs(a), Math.abs(b), 1e-12), not by one of the two.',
  });
  const floorHint = 'Put 1e-12 into the Math.max as a third argument: Math.max(Math.abs(a), Math.abs(b), 1e-12).';

  /** What the report says about each wrong denominator of test/causes/03-derivatives.ts that it names. */
  const sayings: Partial<Record<keyof typeof relativeErrorDenominator.readings, { sentence: string; hint: string }>> = {
    'first argument': oneSided('|a|, the first argument'),
    'second argument': oneSided('|b|, the second argument'),
    'signed numbers': {
      sentence: 'That is |a - b| / max(a, b, 1e-12) with the signed numbers: to Math.max a negative number is small however large its size. Take the sizes, max(|a|, |b|, 1e-12).',
      hint: 'Math.max(Math.abs(a), Math.abs(b), 1e-12).',
    },
    'no floor': {
      sentence: 'That is |a - b| / max(|a|, |b|) without the floor: when both numbers are below 1e-12 in size the denominator is 1e-12, so differences between two numbers that are both essentially 0 count as tiny.',
      hint: floorHint,
    },
    'smaller size': {
      sentence: 'That is |a - b| divided by the smaller of |a|, |b|: the denominator is the larger one, max(|a|, |b|, 1e-12), so that the result is at most 2 and does not blow up when one of the numbers is near 0.',
      hint: 'Math.max(Math.abs(a), Math.abs(b), 1e-12): Math.max, not Math.min.',
    },
    'min with the floor': {
      sentence: 'That is |a - b| / min(|a|, |b|, 1e-12): Math.min of anything with 1e-12 is at most 1e-12, so every difference is multiplied by a trillion. The denominator is the larger of the sizes, and 1e-12 only a floor under it: max(|a|, |b|, 1e-12).',
      hint: 'Math.max(Math.abs(a), Math.abs(b), 1e-12): Math.max, not Math.min.',
    },
  };

  /**
   * The one usual mistake that explains the learner's result (test/grader/cause.ts), or
   * undefined. When several give the same value here (relativeError(-2, 0.1) divided by max(a, b)
   * is also divided by |b|; (10.001, 10) divided by the smaller size is also divided by |b|), the
   * learner's answers on the diagnosis's probes decide.
   */
  async function whichMistake(a: number, b: number, got: number) {
    const ask = (probe: readonly [number, number]) => chapter.call<number>('relativeError', [...probe]).then((v) => (typeof v === 'number' ? v : undefined), () => undefined);
    const name = await nameCause(relativeErrorDenominator, [a, b], got, ask);
    return name === undefined ? undefined : sayings[name];
  }

  /** Compares with lib, naming which part of |a - b| / max(|a|, |b|, 1e-12) went missing. */
  async function checkRelativeError(a: number, b: number) {
    const what = formatCall('relativeError', [a, b]);
    const got = await chapter.call<number>('relativeError', [a, b]);
    const want = gradcheck.relativeError(a, b);
    expectThat(typeof got === 'number', () => `${what} returned ${formatValue(got)}, a ${typeof got}: return a number (${formatValue(want)}).`);
    misconception(
      Number.isNaN(got) && a === 0 && b === 0,
      () => `${what} returned NaN: with both numbers 0 the division is 0 / 0. The floor 1e-12 in max(|a|, |b|, 1e-12) keeps the denominator positive, so equal zeros give 0.`,
      { hint: floorHint },
    );
    misconception(
      got < 0,
      () => `${what} returned ${formatValue(got)}, a negative number; expected ${formatValue(want)}. A relative error is a size: the distance |a - b| (Math.abs(a - b)) over a positive denominator, never negative.`,
    );
    if (!(Math.abs(got - want) <= 1e-12 * Math.max(1, want))) {
      const mistake = await whichMistake(a, b, got);
      if (mistake) misconception(true, () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. ${mistake.sentence}`, { hint: mistake.hint });
    }
    expectClose(got, want, what, 1e-12 * Math.max(1, want));
  }

  it('gives the page values: the forward and central differences of a² and a³ against the exact slopes', async () => {
    const square = buildFunction({ kind: 'square' });
    const cube = buildFunction({ kind: 'cube' });
    await checkRelativeError(gradcheck.forwardDifference(square, 5, PAGE_H), 10);
    await checkRelativeError(gradcheck.centralDifference(square, 5, PAGE_H), 10);
    await checkRelativeError(gradcheck.forwardDifference(cube, 2, PAGE_H), 12);
    await checkRelativeError(10, gradcheck.forwardDifference(square, 5, PAGE_H));
  });

  it(`gives the page values at z = ${Z_EXAMPLE}: σ' against the centred and the forward difference, and z(1 - z) against the centred one`, async () => {
    const measured = gradcheck.centralDifference(activations.sigmoid, Z_EXAMPLE);
    await checkRelativeError(activations.sigmoidPrime(Z_EXAMPLE), measured);
    await checkRelativeError(activations.sigmoidPrime(Z_EXAMPLE), gradcheck.forwardDifference(activations.sigmoid, Z_EXAMPLE));
    await checkRelativeError(Z_EXAMPLE * (1 - Z_EXAMPLE), measured);
  });

  it('gives the page values: the same distance at two scales, 1000.001 against 1000 and 0.002 against 0.001', async () => {
    for (const [a, b] of [[1000.001, 1000], [0.002, 0.001]]) await checkRelativeError(a, b);
  });

  it('is 0 for equal numbers, including relativeError(0, 0)', async () => {
    for (const [a, b] of [[3, 3], [-2.5, -2.5], [0, 0], [1e-20, 1e-20]]) await checkRelativeError(a, b);
  });

  it('is symmetric: the larger size is the denominator, whichever argument it is', async () => {
    for (const [a, b] of [[2, 1], [1, 2], [0.5, 4], [4, 0.5], [0, 3], [3, 0]]) await checkRelativeError(a, b);
  });

  it('uses sizes for negative numbers: between 0 and 1 when the signs agree, up to 2 when they differ', async () => {
    for (const [a, b] of [[-1, -2], [-2, -1], [-3, 5], [5, -5], [-4, 1], [1, -4], [-0.5, 0.25]]) await checkRelativeError(a, b);
  });

  it('applies the floor 1e-12 when both numbers are tiny: relativeError(1e-13, 0) = 0.1', async () => {
    for (const [a, b] of [[1e-13, 0], [0, 1e-13], [1e-14, 0], [1e-20, 0], [0, -5e-13], [3e-13, -2e-13], [2e-12, 1e-12]]) await checkRelativeError(a, b);
  });

  it('matches the reference on random pairs of any sign and size, in both orders', async () => {
    const scaled = fc.tuple(decimal(10), decimal(10), fc.integer({ min: -15, max: 15 })).map(([a, b, k]) => [a * 10 ** k, b * 10 ** k] as const);
    await forAll('relativeError/random', fc.oneof(fc.tuple(decimal(100), decimal(100)), scaled), async ([a, b]) => {
      await checkRelativeError(a, b);
      await checkRelativeError(b, a);
    });
  });
});
