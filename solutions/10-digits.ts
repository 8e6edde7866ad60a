/**
 * Chapter 10: Reading handwritten digits. Worked solutions.
 * Page: docs/10-digits.md
 */

/**
 * The element-wise sum of two vectors: `addVectors([1, 2], [3, 5])` is [4, 7], a new array with
 * one entry a[i] + b[i] per position, and two empty vectors give [].
 * Does not modify `a` or `b`.
 * Throws an Error whose message names both lengths when a and b have different lengths, whichever
 * of the two is longer (for example "lengths 3 and 2 differ").
 */
export function addVectors(a: number[], b: number[]): number[] {
  // Check first, and both ways (!==, not >): past the end of a shorter b, b[i] is undefined and
  // the sum NaN; the extra entries of a longer b would be dropped without a word.
  if (a.length !== b.length) {
    throw new Error(`addVectors expected two vectors of the same length, got lengths ${a.length} and ${b.length}`);
  }
  // map builds a new array with one entry per position, so the caller's a and b stay as they were
  // (and two empty vectors give [] with no special case).
  return a.map((ai, i) => ai + b[i]);
}
