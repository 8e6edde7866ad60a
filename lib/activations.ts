/**
 * The activation functions of chapter 2, each next to its derivative (chapter 3).
 *
 * Scalar forms come first (what a learner writes), then the matrix forms a layer uses: `activate`
 * applies one to every entry of Z (softmax: to every column, since columns are examples) and
 * `activationBackward` turns the gradient with respect to A into the gradient with respect to Z.
 *
 * Conventions at the kinks, where the derivative does not exist: the derivative of ReLU at 0 is
 * 0, of leaky ReLU and ELU at 0 is alpha (the left-hand slope), of the piecewise-linear function at
 * ±1/2 is 0, and of the step and sign functions is 0 everywhere (their true derivative at 0 is not
 * a number at all, which is why gradient descent cannot train them).
 */
import { Matrix } from './matrix.ts';

// ---------------------------------------------------------------------------------------------
// Step-like functions: no useful gradient, hence the perceptron rule instead of backprop.

/** Heaviside step: 0 below 0, 1 above, and 1/2 exactly at 0 (the perceptron's step, in perceptron.ts, gives 0 there). */
export function heaviside(z: number): number {
  return z > 0 ? 1 : z < 0 ? 0 : 0.5;
}
export function heavisidePrime(_z: number): number {
  return 0;
}

/** sign(z): −1, 0 or 1. */
export function sign(z: number): number {
  return z > 0 ? 1 : z < 0 ? -1 : 0;
}
export function signPrime(_z: number): number {
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Linear and piecewise linear.

/** The identity: a network of linear layers is one linear layer, however deep. */
export function linear(z: number): number {
  return z;
}
export function linearPrime(_z: number): number {
  return 1;
}

/** 0 for z ≤ −1/2, z + 1/2 in between, 1 for z ≥ 1/2: a ramp between the two levels of the step. */
export function piecewiseLinear(z: number): number {
  return z >= 0.5 ? 1 : z <= -0.5 ? 0 : z + 0.5;
}
export function piecewiseLinearPrime(z: number): number {
  return z > -0.5 && z < 0.5 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Smooth squashing functions.

/**
 * σ(z) = 1 / (1 + e^(−z)). For z < 0 the same value is written e^z / (1 + e^z), so the
 * exponential is never of a large positive number: sigmoid(−1000) is 0, not NaN.
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
/** σ'(z) = σ(z)(1 − σ(z)) = a(1 − a), in terms of the output a (not z(1 − z)). */
export function sigmoidPrime(z: number): number {
  const a = sigmoid(z);
  return a * (1 - a);
}

/** tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)), a sigmoid rescaled to (−1, 1); Math.tanh never overflows. */
export function tanh(z: number): number {
  return Math.tanh(z);
}
/** tanh'(z) = 1 − tanh(z)² = 1 − a² (not 1 − z²). */
export function tanhPrime(z: number): number {
  const a = Math.tanh(z);
  return 1 - a * a;
}

// ---------------------------------------------------------------------------------------------
// Rectifiers.

/** max(0, z). */
export function relu(z: number): number {
  return z > 0 ? z : 0;
}
export function reluPrime(z: number): number {
  return z > 0 ? 1 : 0;
}

/** z for z > 0, alpha·z otherwise: a small slope keeps a negative unit learning. */
export function leakyRelu(z: number, alpha = 0.01): number {
  return z > 0 ? z : alpha * z;
}
export function leakyReluPrime(z: number, alpha = 0.01): number {
  return z > 0 ? 1 : alpha;
}

/**
 * ln(1 + e^z), a smooth ReLU. Written max(z, 0) + ln(1 + e^(−|z|)) so that e^z is never
 * computed for large z: softplus(1000) is 1000, not Infinity.
 */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}
/** The derivative of softplus is the sigmoid. */
export function softplusPrime(z: number): number {
  return sigmoid(z);
}

/** z for z > 0, alpha(e^z − 1) otherwise: smooth at 0 when alpha = 1, and saturates at −alpha. */
export function elu(z: number, alpha = 1): number {
  return z > 0 ? z : alpha * Math.expm1(z);
}
export function eluPrime(z: number, alpha = 1): number {
  return z > 0 ? 1 : alpha * Math.exp(z);
}

// ---------------------------------------------------------------------------------------------
// Functions of a whole vector.

/**
 * Maxout: the largest of k linear pieces, max(w₁ᵀx + b₁, …, w_kᵀx + b_k), given the pieces'
 * values. ReLU is the maxout of the pieces z and 0.
 */
export function maxout(pieces: readonly number[]): number {
  return pieces[maxoutWinner(pieces)];
}
/** Which piece won (the first one on a tie): only that piece receives gradient. */
export function maxoutWinner(pieces: readonly number[]): number {
  if (pieces.length === 0) throw new RangeError('maxout: expected at least one piece, got none');
  let best = 0;
  for (let i = 1; i < pieces.length; i++) if (pieces[i] > pieces[best]) best = i;
  return best;
}
/** The gradient of maxout with respect to each piece: 1 for the winner, 0 for the rest. */
export function maxoutPrime(pieces: readonly number[]): number[] {
  const winner = maxoutWinner(pieces);
  return pieces.map((_, i) => (i === winner ? 1 : 0));
}

/**
 * softmax(z)_i = e^(z_i) / Σ_j e^(z_j): positive numbers that sum to 1. The maximum is
 * subtracted first, which changes nothing mathematically (it cancels between numerator and
 * denominator) but keeps every exponent ≤ 0: softmax([1000, 1000]) is [0.5, 0.5], not NaN.
 */
export function softmax(z: readonly number[]): number[] {
  if (z.length === 0) throw new RangeError('softmax expected at least one logit, got none: there is no distribution over zero classes');
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
}

/**
 * The full Jacobian ∂s_i/∂z_j = s_i (δ_ij − s_j): s_i(1 − s_i) on the diagonal and −s_i s_j off
 * it. Every output depends on every input, so keeping only the diagonal is wrong.
 */
export function softmaxJacobian(z: readonly number[]): number[][] {
  const s = softmax(z);
  return s.map((si, i) => s.map((sj, j) => (i === j ? si * (1 - si) : -si * sj)));
}

// ---------------------------------------------------------------------------------------------
// Matrix forms, used by the layers.

/** The element-wise activations a layer can use, by name. */
export type ElementwiseActivationName =
  | 'heaviside'
  | 'sign'
  | 'linear'
  | 'piecewiseLinear'
  | 'sigmoid'
  | 'tanh'
  | 'relu'
  | 'leakyRelu'
  | 'softplus'
  | 'elu';

/** Every activation a layer can use: the element-wise ones, and softmax over each column. */
export type ActivationName = ElementwiseActivationName | 'softmax';

/** The scalar function and derivative of each element-wise activation; alpha is used by leakyRelu and elu. */
export const elementwise: Record<
  ElementwiseActivationName,
  { f: (z: number, alpha: number) => number; df: (z: number, alpha: number) => number }
> = {
  heaviside: { f: heaviside, df: heavisidePrime },
  sign: { f: sign, df: signPrime },
  linear: { f: linear, df: linearPrime },
  piecewiseLinear: { f: piecewiseLinear, df: piecewiseLinearPrime },
  sigmoid: { f: sigmoid, df: sigmoidPrime },
  tanh: { f: tanh, df: tanhPrime },
  relu: { f: relu, df: reluPrime },
  leakyRelu: { f: leakyRelu, df: leakyReluPrime },
  softplus: { f: softplus, df: softplusPrime },
  elu: { f: elu, df: eluPrime },
};

export const activationNames: readonly ActivationName[] = [...(Object.keys(elementwise) as ElementwiseActivationName[]), 'softmax'];

function check(op: string, a: Matrix, b: Matrix): void {
  if (a.rows !== b.rows || a.cols !== b.cols) throw new RangeError(`${op}: the shapes must match, got ${a.shape} and ${b.shape}`);
}

/** The softmax of every column of Z (each column is one example's logits), stable at any size. */
export function softmaxColumns(z: Matrix, out = new Matrix(z.rows, z.cols)): Matrix {
  check('softmaxColumns', z, out);
  const { rows: n, cols: m } = z;
  const zd = z.data;
  const od = out.data;
  for (let j = 0; j < m; j++) {
    let max = -Infinity;
    for (let i = 0; i < n; i++) if (zd[i * m + j] > max) max = zd[i * m + j];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const e = Math.exp(zd[i * m + j] - max);
      od[i * m + j] = e;
      total += e;
    }
    for (let i = 0; i < n; i++) od[i * m + j] /= total;
  }
  return out;
}

/** A = g(Z), entry by entry (softmax: column by column). `out` may be Z itself. */
export function activate(name: ActivationName, z: Matrix, out = new Matrix(z.rows, z.cols), alpha?: number): Matrix {
  check(`activate(${name})`, z, out);
  const zd = z.data;
  const ad = out.data;
  const size = zd.length;
  // The common cases get their own loops so the engine can inline the arithmetic.
  switch (name) {
    case 'softmax':
      return softmaxColumns(z, out);
    case 'relu':
      for (let i = 0; i < size; i++) ad[i] = zd[i] > 0 ? zd[i] : 0;
      return out;
    case 'linear':
      if (ad !== zd) ad.set(zd);
      return out;
    case 'sigmoid':
      for (let i = 0; i < size; i++) ad[i] = sigmoid(zd[i]);
      return out;
    case 'tanh':
      for (let i = 0; i < size; i++) ad[i] = Math.tanh(zd[i]);
      return out;
    default: {
      const { f } = elementwise[name];
      const a = alpha ?? defaultAlpha(name);
      for (let i = 0; i < size; i++) ad[i] = f(zd[i], a);
      return out;
    }
  }
}

function defaultAlpha(name: ActivationName): number {
  return name === 'elu' ? 1 : 0.01;
}

/**
 * dZ = dA ⊙ g'(Z), the chain rule through an element-wise activation; for softmax, dZ = Jᵀ dA
 * for each column with the full Jacobian, which works out to s ⊙ (dA − (s · dA)).
 * Z is the layer's input to the activation and A = g(Z) its output: sigmoid and tanh read their
 * derivative from A (a(1 − a), 1 − a²), the others from Z. `out` may be dA itself.
 */
export function activationBackward(
  name: ActivationName,
  z: Matrix,
  a: Matrix,
  dA: Matrix,
  out = new Matrix(dA.rows, dA.cols),
  alpha?: number,
): Matrix {
  check(`activationBackward(${name})`, z, dA);
  check(`activationBackward(${name})`, a, dA);
  check(`activationBackward(${name})`, dA, out);
  const zd = z.data;
  const ad = a.data;
  const gd = dA.data;
  const od = out.data;
  const size = gd.length;
  switch (name) {
    case 'softmax': {
      const { rows: n, cols: m } = a;
      for (let j = 0; j < m; j++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += ad[i * m + j] * gd[i * m + j];
        for (let i = 0; i < n; i++) od[i * m + j] = ad[i * m + j] * (gd[i * m + j] - dot);
      }
      return out;
    }
    case 'linear':
      if (od !== gd) od.set(gd);
      return out;
    case 'relu':
      for (let i = 0; i < size; i++) od[i] = zd[i] > 0 ? gd[i] : 0;
      return out;
    case 'sigmoid':
      for (let i = 0; i < size; i++) od[i] = gd[i] * ad[i] * (1 - ad[i]);
      return out;
    case 'tanh':
      for (let i = 0; i < size; i++) od[i] = gd[i] * (1 - ad[i] * ad[i]);
      return out;
    default: {
      const { df } = elementwise[name];
      const al = alpha ?? defaultAlpha(name);
      for (let i = 0; i < size; i++) od[i] = gd[i] * df(zd[i], al);
      return out;
    }
  }
}

/**
 * Maxout over groups of rows: Z is ((n·k)×m), rows i·k … i·k + k − 1 are the k pieces of unit
 * i, and A (n×m) holds each unit's largest piece. `winners` records which row won, for the
 * backward pass.
 */
export function maxoutColumns(z: Matrix, k: number): { a: Matrix; winners: Int32Array } {
  if (!Number.isInteger(k) || k < 1 || z.rows % k !== 0) {
    throw new RangeError(`maxoutColumns: a ${z.shape} matrix cannot be split into groups of ${k} rows`);
  }
  const n = z.rows / k;
  const m = z.cols;
  const a = new Matrix(n, m);
  const winners = new Int32Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let best = i * k;
      for (let r = i * k + 1; r < (i + 1) * k; r++) if (z.data[r * m + j] > z.data[best * m + j]) best = r;
      a.data[i * m + j] = z.data[best * m + j];
      winners[i * m + j] = best;
    }
  }
  return { a, winners };
}

/** dZ for maxout: each unit's gradient goes to the piece that won, the other pieces get 0. */
export function maxoutColumnsBackward(dA: Matrix, winners: Int32Array, k: number): Matrix {
  const m = dA.cols;
  const dZ = new Matrix(dA.rows * k, m);
  for (let i = 0; i < dA.rows; i++) {
    for (let j = 0; j < m; j++) dZ.data[winners[i * m + j] * m + j] += dA.data[i * m + j];
  }
  return dZ;
}
