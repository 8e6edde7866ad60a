/**
 * Assertions that fail with one plain sentence a learner can act on (what was called, what came
 * back, what was expected, and where the largest error is). They attach actual and expected so
 * `npm test -- --verbose` still shows vitest's full diff.
 */
import { GradeFailure, NotImplementedFault } from './errors.ts';
import { formatNumber, formatValue } from './format.ts';

function fail(message: string, actual?: unknown, expected?: unknown): never {
  const error = new GradeFailure(message);
  Object.assign(error, { actual, expected, showDiff: actual !== undefined || expected !== undefined });
  throw error;
}

interface Mismatch {
  path: string;
  error: number;
  shape?: string;
}

/** Walks two values side by side; returns a shape problem, or the largest numeric difference. */
function compare(actual: unknown, expected: unknown, path: string, worst: Mismatch): Mismatch {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return { path, error: Infinity, shape: `expected a number at ${path || 'the top'}, got ${formatValue(actual)}` };
    const error = Object.is(actual, expected) ? 0 : Number.isNaN(actual) ? Infinity : Math.abs(actual - expected);
    return error > worst.error ? { path, error } : worst;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path, error: Infinity, shape: `expected an array at ${path || 'the top'}, got ${formatValue(actual)}` };
    if (actual.length !== expected.length) {
      return { path, error: Infinity, shape: `expected ${expected.length} items at ${path || 'the top'}, got ${actual.length}` };
    }
    for (let i = 0; i < expected.length; i++) {
      worst = compare(actual[i], expected[i], `${path}[${i}]`, worst);
      if (worst.shape) return worst;
    }
    return worst;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return { path, error: Infinity, shape: `expected an object at ${path || 'the top'}, got ${formatValue(actual)}` };
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) return { path, error: Infinity, shape: `the result has no property "${key}"${path ? ` at ${path}` : ''}` };
      worst = compare((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], path ? `${path}.${key}` : key, worst);
      if (worst.shape) return worst;
    }
    return worst;
  }
  if (!Object.is(actual, expected)) return { path, error: Infinity, shape: `expected ${formatValue(expected)} at ${path || 'the top'}, got ${formatValue(actual)}` };
  return worst;
}

/**
 * `actual` must match `expected` (numbers, arrays, plain objects, nested) with every number within
 * `tol`. `what` describes the call, e.g. "weightedSum([1, 2], 0.5, [3, 4])".
 */
export function expectClose(actual: unknown, expected: unknown, what: string, tol = 1e-9): void {
  const worst = compare(actual, expected, '', { path: '', error: 0 });
  if (worst.shape) fail(`${what} returned ${formatValue(actual)}; ${worst.shape}.`, actual, expected);
  if (worst.error > tol) {
    const where = worst.path ? ` at ${worst.path}` : '';
    const size = worst.error === Infinity ? 'NaN' : formatNumber(worst.error);
    const detail = typeof expected === 'number' ? '' : ` (largest error ${size}${where})`;
    fail(`${what} returned ${formatValue(actual)}; expected ${formatValue(expected)}${detail}.`, actual, expected);
  }
}

/** Exact equality for results that are not approximate (labels, counts, booleans). */
export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  expectClose(actual, expected, what, 0);
}

/**
 * The learner's code must throw for bad input. NotImplemented passes straight through so an
 * untouched stub is reported as "not started", not as "forgot to throw".
 */
export async function expectThrows(call: Promise<unknown>, what: string, why: string): Promise<Error> {
  let value: unknown;
  try {
    value = await call;
  } catch (error) {
    if (error instanceof NotImplementedFault || (error as Error).name === 'NotImplemented') throw error;
    if ((error as Error).name?.startsWith('Exercise') || (error as Error).name === 'ProcessExitError') throw error;
    return error as Error;
  }
  return fail(`${what} should throw an Error because ${why}, but it returned ${formatValue(value)}.`);
}

/** A check of a known misconception: when `condition` holds, say what the mistake looks like. */
export function misconception(condition: boolean, sentence: string): void {
  if (condition) fail(sentence);
}

/** Fails with a sentence; for checks that do not fit the helpers above. */
export function expectThat(condition: boolean, sentence: string): void {
  if (!condition) fail(sentence);
}
