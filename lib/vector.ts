/** Plain-array vector helpers: the arithmetic of a single neuron. */

/** The dot product a · b = sum of a[i] * b[i]. Both arrays must have the same length. */
export function dot(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) {
    throw new RangeError(`dot expected two vectors of the same length, got lengths ${a.length} and ${b.length}`);
  }
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** The element-wise sum a + b, as a new array. Both arrays must have the same length. */
export function addVectors(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) {
    throw new RangeError(`addVectors expected two vectors of the same length, got lengths ${a.length} and ${b.length}`);
  }
  return a.map((ai, i) => ai + b[i]);
}

/** The arithmetic mean. The mean of nothing is undefined, so an empty array is an error. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('mean expected at least one number, got an empty array');
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}
