/**
 * Chapter 0: getting started. Worked solutions.
 * Page: docs/00-getting-started.md
 */

/**
 * The dot product a · b: multiply matching entries and add the products up.
 * `dot([1, 2, 3], [4, 5, 6])` is 1*4 + 2*5 + 3*6 = 32, and the dot product of two empty vectors is 0.
 * Does not modify `a` or `b`.
 * Throws an Error whose message names both lengths when the vectors have different lengths,
 * whichever of the two is longer (for example "lengths 3 and 2 differ").
 */
export function dot(a: number[], b: number[]): number {
  // Check first, and both ways (!==, not >): reading b past its end gives undefined, and
  // undefined * number is NaN; a longer b would have its extra entries silently ignored. Either
  // would hide a bug in the caller, so refuse loudly, saying which lengths differed.
  if (a.length !== b.length) {
    throw new Error(`dot expected two vectors of the same length, got lengths ${a.length} and ${b.length}`);
  }
  // The empty sum is 0, so starting the total at 0 makes dot([], []) = 0 without a special case.
  let sum = 0;
  // Only reads a and b: the caller's arrays stay as they were.
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * The arithmetic mean: the sum divided by the count. `mean([2, 4, 9])` is 5, and the mean of one
 * number is that number. Does not modify `xs`.
 * Throws an Error when `xs` is empty, because the mean of nothing is undefined (0 / 0 would be NaN).
 */
export function mean(xs: number[]): number {
  // 0 / 0 would quietly give NaN, which then poisons every later computation: fail here instead,
  // with an Error (not a string), so the caller gets a message and a stack trace.
  if (xs.length === 0) throw new Error('mean expected at least one number, got an empty array');
  let sum = 0;
  for (const x of xs) sum += x;
  // No rounding: the mean of [1, 2] is 1.5.
  return sum / xs.length;
}
