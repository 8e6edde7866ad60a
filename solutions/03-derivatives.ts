/**
 * Chapter 3: derivatives. Worked solutions.
 * Page: docs/03-derivatives.md
 *
 * Nothing here imports chapter 2: σ is computed by the small helper below, so this chapter is
 * graded on its own.
 */

/**
 * The forward difference (f(x + h) - f(x)) / h: the slope of the secant from x to x + h, an
 * estimate of f'(x) whose error shrinks like h.
 * Calls f exactly twice, at x + h and at x. `h` is 1e-5 when not given.
 * Example: for f(a) = a², x = 5 and h = 0.001, f rises from 25 to 25.010001, so the result is 10.001.
 */
export function forwardDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  // Rise over run: how much f changed when x moved by h, per unit of x. By Taylor,
  // f(x + h) = f(x) + h f'(x) + h² f''(x) / 2 + …, so this is f'(x) + h f''(x) / 2 + …: off by
  // a term proportional to h.
  const rise = f(x + h) - f(x);
  return rise / h;
}

/**
 * The central (centred) difference (f(x + h) - f(x - h)) / (2h): the slope of the secant from
 * x - h to x + h, an estimate of f'(x) whose error shrinks like h², much faster than the forward
 * difference's.
 * Calls f exactly twice, at x + h and at x - h (never at x itself). `h` is 1e-5 when not given.
 * Example: for f(a) = a², x = 5 and h = 0.001, the result is 10 (up to rounding).
 */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  // The two points are 2h apart, so the run is 2h, not h. Subtracting the Taylor series of
  // f(x - h) from that of f(x + h) cancels the f(x) and h² terms: what is left is
  // 2h f'(x) + h³ f'''(x) / 3 + …, so the error shrinks like h².
  // The parentheses around 2 * h matter: rise / 2 * h would divide by 2 and then multiply by h.
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** σ(z) without overflow: the exponential is always of -|z|, never of a large positive number. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The derivative of the sigmoid: σ'(z) = σ(z)(1 - σ(z)), where σ(z) = 1 / (1 + e^(-z)).
 * With a = σ(z), the output, this is a(1 - a); it is not z(1 - z). σ'(0) = 1/4, the largest value.
 * Must be finite (never NaN) for every finite z: σ'(±1000) is 0 (up to rounding).
 */
export function sigmoidPrime(z: number): number {
  // d/dz (1 + e^(-z))^(-1) = e^(-z) / (1 + e^(-z))², and e^(-z) / (1 + e^(-z)) is 1 - σ(z), so the
  // derivative is σ(z)(1 - σ(z)). Writing it through a = σ(z) is also what makes it safe: the
  // direct form divides Infinity by Infinity at z = -1000, while a(1 - a) is 0 · 1 = 0 there.
  const a = sigmoid(z);
  return a * (1 - a);
}

/**
 * The derivative of tanh: tanh'(z) = 1 - tanh(z)². With a = tanh(z), the output, this is
 * 1 - a²; it is not 1 - z². tanh'(0) = 1, the largest value; tanh'(±1000) is 0.
 * Math.tanh is allowed.
 */
export function tanhPrime(z: number): number {
  // The quotient rule on (e^z - e^(-z)) / (e^z + e^(-z)) gives
  // ((e^z + e^(-z))² - (e^z - e^(-z))²) / (e^z + e^(-z))² = 1 - tanh(z)².
  // Math.tanh stays in [-1, 1] for every z, so nothing overflows.
  const a = Math.tanh(z);
  return 1 - a * a;
}

/**
 * The derivative of ReLU: 0 for z < 0 and 1 for z > 0. At the kink z = 0 the derivative does not
 * exist; this course's convention is reluPrime(0) = 0.
 */
export function reluPrime(z: number): number {
  // z > 0, not z >= 0: the strict comparison puts the kink on the flat side, as the convention says.
  return z > 0 ? 1 : 0;
}

/**
 * The derivative of the leaky ReLU: 1 for z > 0, and alpha for z ≤ 0. At the kink z = 0 the
 * convention is the left-hand slope, so leakyReluPrime(0) = alpha. `alpha` is 0.01 when not given.
 */
export function leakyReluPrime(z: number, alpha = 0.01): number {
  // Each piece is a straight line, so its derivative is its slope: 1 on the right, alpha on the left
  // (and at the kink, by the convention).
  return z > 0 ? 1 : alpha;
}

/**
 * The derivative of softplus ln(1 + e^z): e^z / (1 + e^z), which is the sigmoid σ(z).
 * softplusPrime(0) = 1/2. Must be finite (never NaN) for every finite z: 1 at z = 1000, 0 at
 * z = -1000 (up to rounding).
 */
export function softplusPrime(z: number): number {
  // Chain rule: d/dz ln(u) = u' / u with u = 1 + e^z, so e^z / (1 + e^z). Dividing top and bottom
  // by e^z gives 1 / (1 + e^(-z)) = σ(z); the helper computes it without e^1000.
  return sigmoid(z);
}

/**
 * The derivative of the ELU (z for z > 0, alpha(e^z - 1) for z ≤ 0): 1 for z > 0, and
 * alpha·e^z for z ≤ 0. At z = 0 the convention is the left-hand slope, so eluPrime(0) = alpha
 * (with alpha = 1 both sides agree and the ELU is smooth there). `alpha` is 1 when not given.
 * eluPrime(-1000) is 0 (up to rounding).
 */
export function eluPrime(z: number, alpha = 1): number {
  // The constant -alpha of alpha(e^z - 1) has derivative 0, and e^z is its own derivative, so the
  // left piece's slope is alpha·e^z. Math.exp(z) is only computed for z ≤ 0, where it is at most 1.
  return z > 0 ? 1 : alpha * Math.exp(z);
}

/**
 * The relative error between two numbers: |a - b| / max(|a|, |b|, 1e-12).
 * It is symmetric (relativeError(a, b) = relativeError(b, a)), never negative, 0 when a = b
 * (including relativeError(0, 0) = 0, which the floor 1e-12 makes possible instead of 0/0), at
 * most 1 when a and b have the same sign, and at most 2 always. Below 1e-7 means "equal up to the
 * error of a centred difference" for the gradient checks of later chapters.
 * Example: relativeError(10.001, 10) ≈ 1e-4; relativeError(1e-13, 0) = 0.1 (the floor applies).
 */
export function relativeError(a: number, b: number): number {
  // Dividing by the larger magnitude makes the error scale-free (1.001 vs 1 and 1001 vs 1000 are
  // equally close) and symmetric (neither argument is "the true one"). The floor keeps the
  // denominator positive: without it, 0 vs 0 would be 0 / 0 = NaN.
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);
}
