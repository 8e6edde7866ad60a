/**
 * Chapter 10: Reading handwritten digits. TODO: one sentence on what the learner builds in this file.
 * Page: docs/10-digits.md. Grade this chapter with `npm test -- 10`.
 */
import { NotImplemented } from '../lib/not-implemented.ts';

// TODO (instructor): addVectors is the scaffold's example exercise. Replace it with the chapter's
// exercises, each documented as this one is (inputs, output, conventions, Throws, "does not modify
// its inputs"), with a TODO line above a throw of its NotImplemented marker.

/**
 * The element-wise sum of two vectors: `addVectors([1, 2], [3, 5])` is [4, 7], a new array with
 * one entry a[i] + b[i] per position, and two empty vectors give [].
 * Does not modify `a` or `b`.
 * Throws an Error whose message names both lengths when a and b have different lengths, whichever
 * of the two is longer (for example "lengths 3 and 2 differ").
 */
export function addVectors(a: number[], b: number[]): number[] {
  // TODO: check that the lengths match, then add matching entries into a new array.
  throw new NotImplemented('addVectors');
}
