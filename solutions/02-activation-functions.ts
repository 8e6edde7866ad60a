/**
 * Chapter 2: activation functions. Worked solutions.
 * Page: docs/02-activation-functions.md
 */

/**
 * The Heaviside step H(z): 0 for z < 0, 1 for z > 0, and exactly 1/2 at z = 0 (the midpoint of
 * the jump; chapter 1's step gives 0 there instead).
 */
export function heaviside(z: number): number {
  if (z > 0) return 1;
  if (z < 0) return 0;
  // Only z = 0 (and -0) is left: the midpoint of the jump.
  return 0.5;
}

/** sign(z): -1 for z < 0, 0 at z = 0, and 1 for z > 0. */
export function sign(z: number): number {
  if (z > 0) return 1;
  if (z < 0) return -1;
  // Returning the literal 0 also turns -0 into 0, which Math.sign(-0) would not.
  return 0;
}

/** The identity (linear) activation: returns z unchanged. */
export function linear(z: number): number {
  return z;
}

/**
 * The piecewise-linear ramp: 0 for z ≤ -1/2, z + 1/2 for -1/2 < z < 1/2, and 1 for z ≥ 1/2.
 * It is continuous: both formulas agree at z = ±1/2.
 */
export function piecewiseLinear(z: number): number {
  if (z <= -0.5) return 0;
  if (z >= 0.5) return 1;
  // The ramp: slope 1, passing through 1/2 at z = 0, like the midpoint of Heaviside's jump.
  return z + 0.5;
}

/**
 * The sigmoid σ(z) = 1 / (1 + e^(-z)), strictly between 0 and 1 for moderate z, and σ(0) = 1/2.
 * Must return a number in [0, 1] (never NaN) for every finite z, including z = ±1000.
 */
export function sigmoid(z: number): number {
  // For z ≥ 0, e^(-z) ≤ 1 cannot overflow. For z < 0 the same value is e^z / (1 + e^z)
  // (multiply top and bottom by e^z), where e^z < 1 cannot overflow either. (1 / (1 + e^(-z)) on
  // its own would give 1 / Infinity = 0 at z = -1000, which is also right; the two-branch form
  // is what keeps every intermediate value finite, which matters once you differentiate.)
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The hyperbolic tangent tanh(z) = (e^z - e^(-z)) / (e^z + e^(-z)), in [-1, 1], tanh(0) = 0.
 * Must return a number in [-1, 1] (never NaN) for every finite z, including z = ±1000.
 * Math.tanh is allowed; writing it from Math.exp first is the better exercise.
 */
export function tanh(z: number): number {
  // Divide top and bottom by e^|z|: tanh(z) = sign(z) (1 - e^(-2|z|)) / (1 + e^(-2|z|)), and
  // e^(-2|z|) ≤ 1 never overflows. expm1 keeps the numerator accurate for tiny z.
  const e = Math.exp(-2 * Math.abs(z));
  const magnitude = -Math.expm1(-2 * Math.abs(z)) / (1 + e);
  return z < 0 ? -magnitude : magnitude;
}

/** The rectified linear unit: max(0, z). relu(0) is 0. */
export function relu(z: number): number {
  return z > 0 ? z : 0;
}

/**
 * The leaky ReLU: z for z > 0, and alpha * z for z ≤ 0 (so leakyRelu(0) is 0).
 * `alpha` is the slope on the negative side, 0.01 when not given.
 */
export function leakyRelu(z: number, alpha = 0.01): number {
  // Not Math.max(alpha * z, z): that equals the leaky ReLU only when alpha ≤ 1.
  return z > 0 ? z : alpha * z;
}

/**
 * Softplus, a smooth ReLU: ln(1 + e^z). softplus(0) = ln 2.
 * Must return a finite number for every finite z: softplus(1000) is 1000 (not Infinity), and
 * softplus(-1000) is 0 (up to rounding).
 */
export function softplus(z: number): number {
  // ln(1 + e^z) = max(z, 0) + ln(1 + e^(-|z|)): for z > 0 take e^z out of the logarithm. The
  // exponent -|z| is never positive, so nothing overflows, and log1p is accurate when e^(-|z|) is tiny.
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/**
 * The exponential linear unit: z for z > 0, and alpha * (e^z - 1) for z ≤ 0 (so elu(0) is 0,
 * and elu(z) approaches -alpha as z goes to -∞). `alpha` is 1 when not given.
 */
export function elu(z: number, alpha = 1): number {
  // expm1(z) = e^z - 1 without the cancellation that e^z - 1 suffers for z near 0.
  return z > 0 ? z : alpha * Math.expm1(z);
}

/**
 * Maxout: the largest of the pieces z_1, …, z_k (each piece is one weighted sum of the same
 * input). Throws an Error when `pieces` is empty. Does not modify `pieces`.
 */
export function maxout(pieces: number[]): number {
  // Math.max() of nothing is -Infinity, a number that would quietly poison everything after it.
  if (pieces.length === 0) throw new Error('maxout expected at least one piece, got an empty array');
  let best = pieces[0];
  for (const piece of pieces) if (piece > best) best = piece;
  return best;
}

/**
 * Softmax of the logits z: s_i = e^(z_i) / Σ_j e^(z_j). Returns a new array of the same length,
 * every entry in [0, 1], summing to 1. Must not overflow: softmax([1000, 1000]) is [0.5, 0.5].
 * Throws an Error when `z` is empty. Does not modify `z`.
 */
export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error('softmax expected at least one logit, got an empty array');
  // Shifting every logit by the same amount cancels between numerator and denominator. Shifting
  // by the largest makes every exponent ≤ 0 (no overflow) and one of them exactly 0, so the sum is
  // at least 1 (no division by zero).
  const largest = Math.max(...z);
  const exps = z.map((zi) => Math.exp(zi - largest));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

/** A layer without activation: x ↦ W x + b. `W` has one row per output; `b` one entry per output. */
export interface LinearLayer {
  W: number[][];
  b: number[];
}

/** The number of columns of a matrix given as rows, after checking that it is not ragged or empty. */
function columnsOf(name: string, M: number[][]): number {
  const columns = M[0]?.length ?? 0;
  if (columns === 0) throw new Error(`${name} needs at least one row and one column, got ${M.length} rows of ${columns} entries`);
  for (const [i, row] of M.entries()) {
    if (row.length !== columns) throw new Error(`${name} is ragged: row 0 has ${columns} entries but row ${i} has ${row.length}`);
  }
  return columns;
}

/**
 * Two linear layers, first x ↦ W1 x + b1 and then a ↦ W2 a + b2, as the one linear layer that
 * computes the same: W = W2 W1 and b = W2 b1 + b2.
 *
 * Shapes: W1 is (n1 × n0), b1 has n1 entries, W2 is (n2 × n1), b2 has n2 entries; the result's
 * W is (n2 × n0) and its b has n2 entries. Matrices are arrays of rows.
 * Throws an Error that names the sizes when they do not fit: W2's number of columns differs from
 * W1's number of rows, b1 or b2 has the wrong length, a matrix is ragged (rows of different
 * lengths) or has no rows or no columns. Does not modify its inputs.
 */
export function collapseLinearLayers(W1: number[][], b1: number[], W2: number[][], b2: number[]): LinearLayer {
  const n0 = columnsOf('W1', W1);
  const n1 = W1.length;
  if (columnsOf('W2', W2) !== n1) {
    throw new Error(`W2 has ${W2[0].length} columns but W1 has ${n1} rows: the first layer's ${n1} outputs are the second layer's inputs`);
  }
  if (b1.length !== n1) throw new Error(`W1 has ${n1} rows, so b1 needs ${n1} entries, got ${b1.length}`);
  if (b2.length !== W2.length) throw new Error(`W2 has ${W2.length} rows, so b2 needs ${W2.length} entries, got ${b2.length}`);
  // Entry (i, k) of W2 W1: row i of W2 against column k of W1, that is how output i of the second
  // layer depends on input k through every unit j of the first.
  const W = W2.map((row) => Array.from({ length: n0 }, (_, k) => row.reduce((sum, w2, j) => sum + w2 * W1[j][k], 0)));
  // W2 (W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2): the first bias passes through W2 too.
  const b = W2.map((row, i) => row.reduce((sum, w2, j) => sum + w2 * b1[j], b2[i]));
  return { W, b };
}
