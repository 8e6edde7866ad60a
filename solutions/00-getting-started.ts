/**
 * Chapter 0: getting started. Worked solutions.
 * Page: docs/00-getting-started.md
 */

/**
 * The dot product a · b: multiply matching entries and add the products up.
 * `dot([1, 2, 3], [4, 5, 6])` is 1*4 + 2*5 + 3*6 = 32, and the dot product of two empty vectors is 0.
 * Throws an Error naming both lengths when the vectors have different lengths.
 */
export function dot(a: number[], b: number[]): number {
  // Silently ignoring the extra entries would hide a bug in the caller, so refuse loudly.
  if (a.length !== b.length) {
    throw new Error(`dot expected two vectors of the same length, got lengths ${a.length} and ${b.length}`);
  }
  let sum = 0; // the empty sum is 0, which makes dot([], []) = 0 without a special case
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * The arithmetic mean: the sum divided by the count. `mean([2, 4, 9])` is 5.
 * Throws an Error when `xs` is empty, because the mean of nothing is undefined.
 */
export function mean(xs: number[]): number {
  // 0 / 0 would quietly give NaN, which then poisons every later computation: fail here instead.
  if (xs.length === 0) throw new Error('mean expected at least one number, got an empty array');
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}
