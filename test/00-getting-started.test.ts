/**
 * Grader for chapter 0 (getting started): dot and mean. The page's examples first, then random
 * inputs against lib/ (shrunk to the smallest failing one), then every "Throws" of the doc
 * comments, in both directions where there are two.
 */
import { describe, it } from './grader/runner/api.ts';
import { dot as referenceDot, mean as referenceMean } from '../lib/vector.ts';
import { decimal, expectClose, expectThrows, fc, forAll, formatCall, misconception, openChapter, sameLength } from './grader/index.ts';

const chapter = openChapter('00-getting-started', { params: { dot: ['a', 'b'], mean: ['xs'] } });

// Sums of up to 50 products of numbers below 10 (or 100) in size: 1e-9 is far above rounding
// noise (about 1e-13 here) and far below any real mistake.
const TOL = 1e-9;

describe('dot', () => {
  async function checkDot(a: number[], b: number[]) {
    const what = formatCall('dot', [a, b]);
    const got = await chapter.call<number>('dot', [a, b]);
    misconception(
      Number.isNaN(got),
      () => `${what} returned NaN; expected ${referenceDot(a, b)}. A NaN usually comes from reading past the end of an array: a[i] or b[i] is undefined there, and undefined * number is NaN.`,
      { hint: 'Loop while i < a.length (the two lengths are equal once the check at the top has passed), and start the total at 0.' },
    );
    expectClose(got, referenceDot(a, b), what, TOL);
  }

  it('computes the example from the page: dot([1, 2, 3], [4, 5, 6]) = 32', async () => {
    await checkDot([1, 2, 3], [4, 5, 6]);
  });

  it('gives 0 for two empty vectors (the empty sum)', async () => {
    await checkDot([], []);
  });

  it('matches the reference on random vectors of lengths 0 to 20', async () => {
    await forAll('dot/random', sameLength(2, decimal(), 0, 20), ([a, b]) => checkDot(a, b));
  });

  // One check per direction: a check written as `a.length > b.length` passes one and not the other.
  const lengthHint =
    'Compare the lengths before the loop and throw when they differ either way: dot([1, 2, 3], [4, 5]) reads b past its end (undefined * number is NaN), and dot([1, 2], [3, 4, 5]) would quietly ignore the 5.';
  for (const [a, b] of [[[1, 2, 3], [4, 5]], [[1, 2], [3, 4, 5]]]) {
    const longer = a.length > b.length ? 'a is longer than b' : 'b is longer than a';
    it(`throws an Error naming both lengths when ${longer}`, async () => {
      await expectThrows(chapter.call('dot', [a, b]), formatCall('dot', [a, b]), {
        because: `the vectors have different lengths (${a.length} and ${b.length})`,
        naming: { what: 'both lengths', numbers: [a.length, b.length] },
        hint: lengthHint,
      });
    });
  }
});

describe('mean', () => {
  async function checkMean(xs: number[]) {
    expectClose(await chapter.call('mean', [xs]), referenceMean(xs), formatCall('mean', [xs]), TOL);
  }

  it('computes the example from the page: mean([2, 4, 9]) = 5', async () => {
    await checkMean([2, 4, 9]);
  });

  it('gives the number itself for an array of one number', async () => {
    await checkMean([-7]);
  });

  it('matches the reference on random arrays of 1 to 50 numbers', async () => {
    await forAll('mean/random', fc.array(decimal(100), { minLength: 1, maxLength: 50 }), checkMean);
  });

  it('throws an Error for an empty array', async () => {
    await expectThrows(chapter.call('mean', [[]]), 'mean([])', {
      because: 'the mean of no numbers is undefined, and returning NaN would hide the problem',
      hint: 'Check xs.length === 0 first and throw new Error(...) that says the array is empty; 0 / 0 would quietly give NaN.',
    });
  });
});
