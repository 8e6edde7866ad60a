/**
 * Assertions that fail with one plain sentence a learner can act on (what was called, what came
 * back, what was expected, and where the largest error is). They attach actual and expected so
 * `npm test -- --verbose` still shows vitest's full diff. Each takes an optional hint that fits
 * its failure better than the exercise's first hint.
 */
import { GradeFailure, isFault, LearnerError } from './errors.ts';
import { formatNumber, formatPair, formatValue } from './format.ts';

/**
 * A failure's sentence, or a function that writes it: the sentence of a check that passes is never
 * shown, and writing the values into it (a network's layers, a batch) cost about a tenth of grading
 * the solved course when every check wrote its own.
 */
export type Sentence = string | (() => string);

const written = (sentence: Sentence): string => (typeof sentence === 'string' ? sentence : sentence());

export interface CheckOptions {
  /** Shown as "Hint:" under this failure instead of the exercise's first hint. */
  hint?: string;
}

function fail(message: string, options: CheckOptions & { actual?: unknown; expected?: unknown } = {}): never {
  const { hint, actual, expected } = options;
  const error = new GradeFailure(message, hint);
  const hasValues = 'actual' in options || 'expected' in options;
  Object.assign(error, { actual, expected, showDiff: hasValues });
  throw error;
}

interface Mismatch {
  path: string;
  error: number;
  shape?: string;
}

/** "expected a number" for the result itself; "expected a number at w[0], got "0.3"" inside it. */
function shapeProblem(path: string, wanted: string, actual: unknown): Mismatch {
  const shape = path ? `expected ${wanted} at ${path}, got ${formatValue(actual)}` : `expected ${wanted}`;
  return { path, error: Infinity, shape };
}

/** Walks two values side by side; returns a shape problem, or the largest numeric difference. */
function compare(actual: unknown, expected: unknown, path: string, worst: Mismatch): Mismatch {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return shapeProblem(path, 'a number', actual);
    const error = Object.is(actual, expected) ? 0 : Number.isNaN(actual) ? Infinity : Math.abs(actual - expected);
    return error > worst.error ? { path, error } : worst;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return shapeProblem(path, 'an array', actual);
    if (actual.length !== expected.length) {
      const count = `${expected.length} ${expected.length === 1 ? 'item' : 'items'}`;
      return { path, error: Infinity, shape: `expected ${count}${path ? ` at ${path}` : ''}, got ${actual.length}` };
    }
    for (let i = 0; i < expected.length; i++) {
      worst = compare(actual[i], expected[i], `${path}[${i}]`, worst);
      if (worst.shape) return worst;
    }
    return worst;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return shapeProblem(path, 'an object', actual);
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) return { path, error: Infinity, shape: `the result has no property "${key}"${path ? ` at ${path}` : ''}` };
      worst = compare((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], path ? `${path}.${key}` : key, worst);
      if (worst.shape) return worst;
    }
    return worst;
  }
  if (!Object.is(actual, expected)) return shapeProblem(path, formatValue(expected), actual);
  return worst;
}

/**
 * `actual` must match `expected` (numbers, arrays, plain objects, nested) with every number within
 * `tol`. `what` describes the call, e.g. "weightedSum([1, 2], 0.5, [3, 4])".
 */
export function expectClose(actual: unknown, expected: unknown, what: string, tol = 1e-9, options: CheckOptions = {}): void {
  const worst = compare(actual, expected, '', { path: '', error: 0 });
  if (worst.shape) fail(`${what} returned ${formatValue(actual)}; ${worst.shape}.`, { ...options, actual, expected });
  if (worst.error > tol) {
    const where = worst.path ? ` at ${worst.path}` : '';
    const size = worst.error === Infinity ? 'NaN' : formatNumber(worst.error);
    const detail = typeof expected === 'number' ? '' : ` (largest error ${size}${where})`;
    const [shownActual, shownExpected] = formatPair(actual, expected);
    fail(`${what} returned ${shownActual}; expected ${shownExpected}${detail}.`, { ...options, actual, expected });
  }
}

/**
 * Every number of `actual` within `tol` of the matching number of `expected`, relative above 1
 * (|a − e| ≤ tol · max(1, |e|)), in the same structure (arrays, plain objects, nested). For the
 * graders' "is this exactly what that mistake gives" tests.
 */
export function isClose(actual: unknown, expected: unknown, tol = 1e-9): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && (Object.is(actual, expected) || Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)));
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((x, i) => isClose(actual[i], x, tol));
  if (expected && typeof expected === 'object') {
    return !!actual && typeof actual === 'object' && Object.keys(expected).every((k) => isClose((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], tol));
  }
  return Object.is(actual, expected);
}

/** Where `actual` first differs from `expected` (a shape before a value), or undefined when isClose. */
function firstDifference(actual: unknown, expected: unknown, path: string, tol: number): string | undefined {
  const at = path || 'the result';
  if (typeof expected === 'number') {
    if (isClose(actual, expected, tol)) return undefined;
    const [shownActual, shownExpected] = formatPair(actual, expected);
    // Where six digits hid the difference, the difference itself says how small it is.
    const apart = typeof actual === 'number' && formatValue(actual) === formatValue(expected) ? ` (${formatNumber(Math.abs(actual - expected))} apart)` : '';
    return `${at} is ${shownActual} where ${shownExpected} was expected${apart}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at} is ${formatValue(actual)} where an array was expected`;
    if (actual.length !== expected.length) return `${at} has ${actual.length} ${actual.length === 1 ? 'item' : 'items'} where ${expected.length} ${expected.length === 1 ? 'was' : 'were'} expected`;
    for (let i = 0; i < expected.length; i++) {
      const found = firstDifference(actual[i], expected[i], `${path}[${i}]`, tol);
      if (found) return found;
    }
    return undefined;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return `${at} is ${formatValue(actual)} where an object was expected`;
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) return `${at} has no property "${key}"`;
      const found = firstDifference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], path ? `${path}.${key}` : key, tol);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${at} is ${formatValue(actual)} where ${formatValue(expected)} was expected`;
}

/**
 * Like expectClose, for results read in order (layers, batches, optimiser states), with isClose's
 * relative tolerance: names the first entry (or shape) that differs rather than the largest error.
 */
export function expectNear(actual: unknown, expected: unknown, what: string, tol = 1e-9, options: CheckOptions = {}): void {
  const found = firstDifference(actual, expected, '', tol);
  if (found !== undefined) {
    const [shownActual, shownExpected] = formatPair(actual, expected);
    fail(`${what} returned ${shownActual}; expected ${shownExpected}. The first difference: ${found}.`, { ...options, actual, expected });
  }
}

/** Exact equality for results that are not approximate (labels, counts, booleans). */
export function expectEqual(actual: unknown, expected: unknown, what: string, options: CheckOptions = {}): void {
  expectClose(actual, expected, what, 0, options);
}

export interface ThrowExpectation extends CheckOptions {
  /** Why it must throw, as the doc comment says: "the vectors have different lengths (2 and 3)". */
  because: string;
  /**
   * What the doc comment promises the message names, and the numbers that must appear in it:
   * { what: 'both lengths', numbers: [2, 3] }.
   */
  naming?: { what: string; numbers: number[] };
}

/**
 * Messages of errors the JavaScript engine throws when code goes wrong by accident (reading a
 * property of undefined, calling what is not a function…): a crash, not the deliberate check the
 * doc comment asks for.
 */
const accidents = [
  /^Cannot (read|set) propert/,
  /is not a function/,
  /is not iterable/,
  /is not defined$/,
  /^Reduce of empty array/,
  /^Cannot convert undefined or null/,
  /^Invalid array length/,
  /^Maximum call stack size exceeded/,
];

/** True when `numbers` each appear in `text` as a number of their own (so 2 is not found in 12). */
function mentionsAll(text: string, numbers: readonly number[]): boolean {
  return numbers.every((n) => new RegExp(`(?<![\\d.])${String(n).replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(text));
}

/**
 * The learner's code must throw an Error for bad input, and say what its doc comment promises.
 * Faults (not started, timed out, crashed) pass straight through, so an untouched stub is reported
 * as "not started", not as "forgot to throw". Returns what was thrown.
 */
export async function expectThrows(call: Promise<unknown>, what: string, expectation: ThrowExpectation): Promise<LearnerError> {
  const { because, naming, hint } = expectation;
  let value: unknown;
  try {
    value = await call;
  } catch (error) {
    if (isFault(error) || !(error instanceof LearnerError)) throw error;
    const { thrown } = error;
    if (!thrown.isError) {
      fail(
        `${what} threw ${thrown.message} instead of an Error. Throw an Error object (throw new Error('…')): it carries a message and a stack trace that says where it came from, and whoever catches it can rely on error.message.`,
        { hint },
      );
    }
    if (accidents.some((pattern) => pattern.test(thrown.message))) {
      fail(
        `${what} threw ${thrown.name}: ${thrown.message}, which is the code crashing by accident rather than a check. Check for the problem first (here: ${because}) and throw new Error('…') that says what is wrong.${error.frames.length > 0 ? `\n    at ${error.frames[0]}` : ''}`,
        { hint },
      );
    }
    if (naming && !mentionsAll(thrown.message, naming.numbers)) {
      fail(
        `${what} threw an Error, but its message "${thrown.message}" does not name ${naming.what} (${naming.numbers.join(' and ')}). Put them in the message: whoever reads it should be able to tell what went wrong.`,
        { hint },
      );
    }
    return error;
  }
  return fail(`${what} should throw an Error because ${because}, but it returned ${formatValue(value)}.`, { hint });
}

/** A check of a known misconception: when `condition` holds, say what the mistake looks like. */
export function misconception(condition: boolean, sentence: Sentence, options: CheckOptions = {}): void {
  if (condition) fail(written(sentence), options);
}

/** Fails with a sentence; for checks that do not fit the helpers above. */
export function expectThat(condition: boolean, sentence: Sentence, options: CheckOptions = {}): void {
  if (!condition) fail(written(sentence), options);
}
