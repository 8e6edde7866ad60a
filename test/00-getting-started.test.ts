/**
 * Grader for chapter 0 (getting started): dot and mean, checked against lib/ on seeded random
 * inputs, so a hard-coded answer cannot pass.
 */
import { describe, it } from 'vitest';
import { dot as referenceDot, mean as referenceMean } from '../lib/vector.ts';
import { expectClose, expectThrows, formatCall, openChapter, randomFor } from './grader/index.ts';

const chapter = openChapter('00-getting-started');

// Sums of up to 50 products of numbers below 10 in size: 1e-9 is far above rounding noise
// (about 1e-14 here) and far below any real mistake.
const TOL = 1e-9;

describe('dot', () => {
  const random = randomFor('dot');

  it('computes the example from the page: dot([1, 2, 3], [4, 5, 6]) = 32', async () => {
    const args = [[1, 2, 3], [4, 5, 6]];
    expectClose(await chapter.call('dot', args), referenceDot([1, 2, 3], [4, 5, 6]), formatCall('dot', args), TOL);
  });

  it('matches the reference on random vectors, including empty ones', async () => {
    for (const length of [0, 1, 2, 5, 20, random.int(3, 12)]) {
      const a = Array.from({ length }, () => random.uniform(-10, 10));
      const b = Array.from({ length }, () => random.uniform(-10, 10));
      expectClose(await chapter.call('dot', [a, b]), referenceDot(a, b), formatCall('dot', [a, b]), TOL);
    }
  });

  it('throws when the vectors have different lengths', async () => {
    const args = [[1, 2, 3], [4, 5]];
    await expectThrows(chapter.call('dot', args), formatCall('dot', args), 'the vectors have different lengths (3 and 2)');
  });
});

describe('mean', () => {
  const random = randomFor('mean');

  it('computes the example from the page: mean([2, 4, 9]) = 5', async () => {
    expectClose(await chapter.call('mean', [[2, 4, 9]]), referenceMean([2, 4, 9]), 'mean([2, 4, 9])', TOL);
  });

  it('matches the reference on random arrays of 1 to 50 numbers', async () => {
    for (const length of [1, 2, 7, 50, random.int(3, 30)]) {
      const xs = Array.from({ length }, () => random.uniform(-100, 100));
      expectClose(await chapter.call('mean', [xs]), referenceMean(xs), formatCall('mean', [xs]), TOL);
    }
  });

  it('throws for an empty array', async () => {
    await expectThrows(chapter.call('mean', [[]]), 'mean([])', 'the mean of no numbers is undefined (returning NaN would hide the problem)');
  });
});
