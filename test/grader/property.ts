/**
 * Random inputs with shrinking. A check runs on inputs drawn by fast-check, seeded from
 * GRADE_SEED and the check's key, so a run repeats exactly; when an input fails, fast-check
 * shrinks it (shorter arrays, numbers nearer 0, whole numbers before fractions) and the report
 * shows the failure of the smallest input that still fails: "weightedSum([1], 0, [1]) returned 0"
 * names a mistake, "wrong at seed 371748" does not.
 *
 * The learner's code is still called through the sandbox (the property is async). A fault (not
 * started, timed out, crashed) ends the check at once without shrinking: calling again would only
 * cost another deadline, and the fault is reported as it is.
 */
import fc from 'fast-check';
import { isFault } from './errors.ts';
import { seedFor } from './seed.ts';

export { fc };

export interface PropertyOptions {
  /** How many random inputs to try before shrinking (default 40). Each is one or more sandbox calls. */
  numRuns?: number;
}

/**
 * Runs `check` on random values of `arbitrary` (use fc.tuple or fc.record for several). `check`
 * throws a GradeFailure (expectClose, expectThat…) for a wrong answer; the failure of the shrunk
 * input is what this throws.
 */
export async function forAll<T>(key: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, options: PropertyOptions = {}): Promise<void> {
  let fault: unknown;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    if (fault !== undefined) return;
    try {
      await check(value);
    } catch (error) {
      if (!isFault(error)) throw error;
      fault = error;
    }
  });
  const details = await fc.check(property, { seed: seedFor(key) | 0, numRuns: options.numRuns ?? 40 });
  if (fault !== undefined) throw fault;
  if (details.failed) {
    if (details.errorInstance instanceof Error) throw details.errorInstance;
    throw new Error(fc.defaultReportMessage(details) ?? `the property ${key} failed`);
  }
}

/**
 * Numbers a learner can read in a report: whole numbers and tenths in (-max, max). Shrinks to 0,
 * then to whole numbers, then to small ones (the bias of floating point, 0.1 + 0.2, stays in: the
 * graders compare with a tolerance).
 */
export function decimal(max = 10): fc.Arbitrary<number> {
  const whole = max - 1;
  return fc
    .tuple(fc.integer({ min: -whole, max: whole }), fc.integer({ min: -9, max: 9 }))
    .map(([units, tenths]) => Number((units + tenths / 10).toFixed(1)));
}

/**
 * `count` arrays that share one random length n in [minLength, maxLength] (dot's a and b, a
 * perceptron's w and x). They are drawn at full length and cut to n, so n shrinks on its own:
 * with fc.chain, fast-check keeps the length it first drew and shrinks only the entries.
 */
export function sameLength<T>(count: number, item: fc.Arbitrary<T>, minLength: number, maxLength: number): fc.Arbitrary<T[][]> {
  const full = fc.array(item, { minLength: maxLength, maxLength });
  return fc
    .tuple(fc.integer({ min: minLength, max: maxLength }), fc.array(full, { minLength: count, maxLength: count }))
    .map(([n, arrays]) => arrays.map((a) => a.slice(0, n)));
}
