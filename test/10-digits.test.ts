/**
 * Grader for chapter 10 (Reading handwritten digits). For each exercise: the page's worked example first,
 * then seeded random inputs against lib/ (a failing one is reported shrunk to the smallest input
 * that still fails), then every convention and "Throws" of the doc comment, in both directions
 * where there are two.
 *
 * TODO: addVectors is the scaffold's example exercise, graded against lib/vector.ts's
 * addVectors. It was chosen because it has a reference in lib/ and still needs every kind of check
 * (a worked example, random inputs, an array result, an input left unchanged, a Throws with two
 * directions, a misconception), so the scaffold passes verify as it is. Replace it with one
 * describe() per exercise of course.ts, in the same order, each compared with its reference in
 * lib/ (never with literals), with a misconception() for each typical mistake and a mutant for
 * each in test/mutants/10-digits/.
 */
import { describe, it } from 'vitest';
import { addVectors as reference } from '../lib/vector.ts';
import { decimal, expectClose, expectThrows, forAll, formatCall, formatValue, misconception, openChapter, sameLength } from './grader/index.ts';

// The parameter names as the stub declares them, so that an input changed in place is reported
// by name ("changed a[0] in place").
// The scaffold's example (the page now has the chapter's own worked example).
const example = { a: [2, 1], b: [1, 2] };

const chapter = openChapter('10-digits', { params: { addVectors: ['a', 'b'] } });

// Sums of two numbers below 10 in size: rounding noise is below 1e-14, any real mistake far above 1e-9.
const TOL = 1e-9;

describe('addVectors', () => {
  /** Compares with the reference, naming the usual mistake when its result leaves no doubt. */
  async function checkSum(a: readonly number[], b: readonly number[]) {
    const what = formatCall('addVectors', [a, b]);
    const got = await chapter.call<unknown>('addVectors', [a, b]);
    const want = reference(a, b);
    misconception(
      typeof got === 'string',
      `${what} returned the string ${formatValue(got)}: a + b on two arrays turns both into text and joins it. Add matching entries, a[i] + b[i], into a new array (expected ${formatValue(want)}).`,
    );
    expectClose(got, want, what, TOL);
  }

  it('computes the worked example on the page', async () => {
    await checkSum(example.a, example.b);
  });

  it('gives [] for two empty vectors', async () => {
    await checkSum([], []);
  });

  it('matches the reference on random vectors of lengths 0 to 10, leaving a and b unchanged', async () => {
    await forAll('addVectors/random', sameLength(2, decimal(), 0, 10), ([a, b]) => checkSum(a, b));
  });

  // One check per direction: a check written as `a.length > b.length` passes one and not the other.
  const mismatched = [
    { a: [1, 2, 3], b: [4, 5], longer: 'a is longer than b' },
    { a: [1, 2], b: [3, 4, 5], longer: 'b is longer than a' },
  ];
  for (const { a, b, longer } of mismatched) {
    it(`throws an Error naming both lengths when ${longer}`, async () => {
      await expectThrows(chapter.call('addVectors', [a, b]), formatCall('addVectors', [a, b]), {
        because: `the vectors have different lengths (${a.length} and ${b.length})`,
        naming: { what: 'both lengths', numbers: [a.length, b.length] },
        hint: 'Compare a.length with b.length before adding anything, and throw when they differ either way (!==, not >).',
      });
    });
  }
});
