/**
 * Chapter 0: getting started. Two warm-up functions to try the workbook's loop:
 * read the page, write the code here, run `npm test -- 00`, read the report.
 * Page: docs/00-getting-started.md
 */
import { NotImplemented } from '../lib/not-implemented.ts';

/**
 * The dot product a · b: multiply matching entries and add the products up.
 * `dot([1, 2, 3], [4, 5, 6])` is 1*4 + 2*5 + 3*6 = 32, and the dot product of two empty vectors is 0.
 * Does not modify `a` or `b`.
 * Throws an Error whose message names both lengths when the vectors have different lengths,
 * whichever of the two is longer (for example "lengths 3 and 2 differ").
 */
export function dot(a: number[], b: number[]): number {
  // TODO: check the lengths match, then sum a[i] * b[i].
  throw new NotImplemented('dot');
}

/**
 * The arithmetic mean: the sum divided by the count. `mean([2, 4, 9])` is 5, and the mean of one
 * number is that number. Does not modify `xs`.
 * Throws an Error when `xs` is empty, because the mean of nothing is undefined (0 / 0 would be NaN).
 */
export function mean(xs: number[]): number {
  // TODO: throw for an empty array, otherwise return the sum divided by xs.length.
  throw new NotImplemented('mean');
}
