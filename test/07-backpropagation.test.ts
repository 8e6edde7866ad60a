/**
 * Grader for chapter 7 (backpropagation). For each backward exercise: the page's worked example
 * where it applies (the 2-2-2 sigmoid network of docs/worked/07-backpropagation-inputs.ts, whose
 * cost is the squared error, so it grades the building blocks), the example of the doc comment,
 * then seeded random inputs (batch size 1 and more, non-square layers, depth 1 to 4, every
 * activation) against lib/ and against centred differences, shrunk to the smallest failing one,
 * then every convention and "Throws" in both directions. A misconception is named only when the
 * value returned is exactly what that mistake gives and differs from the right answer.
 *
 * gradientCheck takes a function, so it runs inside the sandbox through
 * test/probes/07-backpropagation.ts, which builds the cost with lib/. It is graded by what it
 * catches: it must pass the right backward pass and flag each of the course's wrong ones.
 */
import { describe, it } from './grader/runner/api.ts';
import { activate, activationBackward, softmax, type ActivationName } from '../lib/activations.ts';
import { centralDifference } from '../lib/gradcheck.ts';
import { Dense } from '../lib/layers.ts';
import { Matrix, scale } from '../lib/matrix.ts';
import { softmaxCrossEntropyGradient } from '../lib/losses.ts';
import type { Random } from '../lib/random.ts';
import * as worked from '../docs/worked/07-backpropagation-inputs.ts';
import { type Hidden, type Net, type Output, type PlainCache, type PlainGradients, costOf, forward, gradients } from './probes/07-backpropagation-reference.ts';
import type { CheckRun } from './probes/07-backpropagation.ts';
import type { GradientCheckResult } from '#learner/07-backpropagation.ts';
import { onlyReading } from './causes/structured.ts';
import { decimal, expectClose, expectThat, expectThrows, fc, forAll, formatCall, formatValue, GRADIENT_TOLERANCE, gradientAgreement, isClose, misconception, openChapter, randomFor } from './grader/index.ts';

const chapter = openChapter('07-backpropagation', {
  params: {
    sigmoidBackward: ['dA', 'Z'],
    reluBackward: ['dA', 'Z'],
    tanhBackward: ['dA', 'Z'],
    denseBackward: ['dZ', 'cache'],
    softmaxCrossEntropyBackward: ['AL', 'Y'],
    backwardPropagation: ['AL', 'Y', 'caches'],
  },
  probe: 'test/probes/07-backpropagation.ts',
});

// Sums of at most a few dozen products of numbers below 30 in size: rounding noise is below
// 1e-12, and every mistake named below moves some entry by far more than 1e-9.
const TOL = 1e-9;
/**
 * Centred differences (h = 1e-5) agree with a right gradient to about 1e-10 here (inputs below 3,
 * away from ReLU's kink): test/grader/gradient.ts judges them (DESIGN §3's 1e-7, or within the
 * rounding noise of the differences). For matrices the measure is the chapter's own,
 * ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖): entry by entry, a gradient entry near 0 would be all rounding noise.
 */
const H = 1e-5;

type M = number[][];

// ---------------------------------------------------------------------------------------------
// Small matrix helpers on nested arrays.

const isMatrix = (a: unknown, rows: number, cols: number): a is M =>
  Array.isArray(a) && a.length === rows && a.every((r) => Array.isArray(r) && r.length === cols && r.every((v) => typeof v === 'number'));
const shapeOf = (a: M) => `(${a.length}×${a[0]?.length ?? 0})`;
/** "(2×3)" for a matrix, or what it is instead. */
function describeShape(a: unknown): string {
  if (Array.isArray(a) && a.every(Array.isArray)) {
    const widths = new Set(a.map((r) => (r as unknown[]).length));
    return widths.size <= 1 ? `(${a.length}×${[...widths][0] ?? 0})` : `${a.length} rows of different lengths`;
  }
  return formatValue(a);
}
const map = (a: M, f: (v: number, i: number, j: number) => number): M => a.map((r, i) => r.map((v, j) => f(v, i, j)));
const times = (a: M, k: number) => map(a, (v) => v * k);
const transposeM = (a: M): M => (a[0] ?? []).map((_, j) => a.map((r) => r[j]));
const matmulM = (a: M, b: M): M => a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
const rowSums = (a: M): M => a.map((r) => [r.reduce((s, v) => s + v, 0)]);
const sumAbs = (a: M) => a.flat().reduce((s, v) => s + Math.abs(v), 0);
/** ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖), 0 when both are 0. */
function relativeErrorOf(g: M, n: M): number {
  let d = 0;
  let a = 0;
  let b = 0;
  g.forEach((r, i) => r.forEach((v, j) => ((d += (v - n[i][j]) ** 2), (a += v * v), (b += n[i][j] ** 2))));
  const den = Math.sqrt(a) + Math.sqrt(b);
  return den === 0 ? 0 : Math.sqrt(d) / den;
}
/** The largest |a − b| and where. */
function largest(a: M, b: M): { error: number; at: string; got: number; want: number } {
  let best = { error: -1, at: '', got: 0, want: 0 };
  a.forEach((r, i) => r.forEach((v, j) => {
    const e = Number.isNaN(v) ? Infinity : Math.abs(v - b[i][j]);
    if (e > best.error) best = { error: e, at: `[${i}][${j}]`, got: v, want: b[i][j] };
  }));
  return best;
}
/** The centred difference of f with respect to every entry of x (nudged by h in place, then restored). */
function centred(f: () => number, x: M, h = H): M {
  return map(x, (v, i, j) => {
    x[i][j] = v + h;
    const up = f();
    x[i][j] = v - h;
    const down = f();
    x[i][j] = v;
    return (up - down) / (2 * h);
  });
}
/**
 * Fails unless got agrees with the centred differences. `magnitude` is the size of the cost whose
 * differences were taken (times the factor they were scaled by): a centred difference carries
 * rounding noise of about 1e-16 · |J| / h, so for a gradient that is 0 or nearly (a dead ReLU above
 * it) the relative error would be noise over noise, and the absolute difference is what counts
 * (the comparison with lib/ to 1e-9 still holds).
 */
function expectCentred(got: M, numeric: M, what: string, name: string, magnitude: number): void {
  const { agrees, relativeError } = gradientAgreement(got.flat(), numeric.flat(), { magnitude: Math.max(1, magnitude), measure: 'sum' });
  expectThat(
    agrees,
    () => `${what}: ${name} disagrees with centred differences of the cost: relative error ${formatValue(relativeError)} (the limit is ${GRADIENT_TOLERANCE}). Largest difference at ${largest(got, numeric).at}.`,
  );
}

// A matrix of up to 4×4 decimals, drawn at full size and cut to (rows × cols) so that the shape
// shrinks with the entries (see sameLength in test/grader/property.ts).
const full = (max: number) => fc.array(fc.array(decimal(max), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 });
const cut = (a: M, rows: number, cols: number): M => a.slice(0, rows).map((r) => r.slice(0, cols));
const size = fc.integer({ min: 1, max: 4 });

const toLib = (a: M) => Matrix.from(a);

// ---------------------------------------------------------------------------------------------
// The page's worked example: the forward pass and the squared error's dA at the output.

const workedNet: Net = { X: worked.X, Y: worked.Y, layers: worked.layers, activations: worked.activations };
const workedForward = forward(workedNet);
const [workedCache1, workedCache2] = workedForward.caches;
/** ∂E/∂A[2] for E = ½ Σ (a − y)², with m = 1. */
const workedDA2 = map(workedForward.AL, (a, i) => a - worked.Y[i][0]);

// ---------------------------------------------------------------------------------------------
// The activations' backward passes.

type ActivationExercise = 'sigmoidBackward' | 'reluBackward' | 'tanhBackward';
const kinds: Record<ActivationExercise, 'sigmoid' | 'relu' | 'tanh'> = { sigmoidBackward: 'sigmoid', reluBackward: 'relu', tanhBackward: 'tanh' };
const scalar = {
  sigmoid: (z: number) => 1 / (1 + Math.exp(-z)),
  relu: (z: number) => Math.max(z, 0),
  tanh: Math.tanh,
};

function activationReference(kind: ActivationName, dA: M, Z: M): M {
  const z = toLib(Z);
  return activationBackward(kind, z, activate(kind, z), toLib(dA)).toArray();
}

async function checkActivation(exercise: ActivationExercise, dA: M, Z: M, numeric = true) {
  const kind = kinds[exercise];
  const what = formatCall(exercise, [dA, Z]);
  const got = await chapter.call<unknown>(exercise, [dA, Z]);
  const want = activationReference(kind, dA, Z);
  expectThat(isMatrix(got, Z.length, Z[0].length), () => `${what} returned ${formatValue(got)}: expected a new ${shapeOf(Z)} matrix, the shape of dA and Z.`);
  const g = scalar[kind];
  const gPrime = (x: number) => activationReference(kind, [[1]], [[x]])[0][0];
  const at = (f: (z: number) => number) => map(Z, (z, i, j) => dA[i][j] * f(z));
  // The usual mistakes of each activation, side by side: one is named only when it alone gives
  // these values (test/causes/structured.ts).
  const readings = {
    'derivative alone': map(Z, (z) => gPrime(z)),
    'sign flipped': times(want, -1),
    'from Z': kind === 'sigmoid' ? at((z) => z * (1 - z)) : kind === 'tanh' ? at((z) => 1 - z * z) : undefined,
    'at A': kind === 'relu' ? undefined : at((z) => gPrime(g(z))),
    'square forgotten': kind === 'tanh' ? at((z) => 1 - Math.tanh(z)) : undefined,
    'the value': kind === 'relu' ? at((z) => Math.max(z, 0)) : undefined,
    kink: kind === 'relu' ? at((z) => (z >= 0 ? 1 : 0)) : undefined,
    // At relu's kink this is also dA let through at z = 0: reluBackward([[3, 3, 3]], [[-1, 0, 2]])
    // returning dA was once told only about the kink.
    'dA unchanged': dA,
  };
  const named = onlyReading(got, want, readings, 1e-9);
  const sayings: Record<keyof typeof readings, string> = {
    'derivative alone': `which is ${kind}'(Z) alone: the chain rule multiplies it by the gradient that came from above, dZ = dA ⊙ ${kind}'(Z)`,
    'sign flipped': `the right values with the sign flipped: dZ = dA ⊙ ${kind}'(Z), with no minus`,
    'from Z':
      kind === 'sigmoid'
        ? "which is dA ⊙ Z(1 − Z): σ' was written with Z where σ(Z) belongs. σ'(z) = σ(z)(1 − σ(z)): compute s = σ(Z) first, then dA ⊙ s(1 − s)"
        : "which is dA ⊙ (1 − Z²): tanh' was written with Z where tanh(Z) belongs. tanh'(z) = 1 − tanh²(z): compute t = tanh(Z) first",
    'at A':
      kind === 'sigmoid'
        ? "which is dA ⊙ σ'(σ(Z)): the derivative taken at A = σ(Z) instead of at Z. With s = σ(Z), σ'(Z) = s(1 − s); do not apply σ again"
        : "which is dA ⊙ tanh'(tanh(Z)): the derivative taken at A = tanh(Z) instead of at Z. With t = tanh(Z), tanh'(Z) = 1 − t²; do not apply tanh again",
    'square forgotten': "which is dA ⊙ (1 − tanh(Z)): the square is missing, tanh'(z) = 1 − tanh²(z)",
    'the value': 'which is dA ⊙ relu(Z): multiply by the slope of ReLU (1 where z > 0, else 0), not by its value',
    kink: '',
    'dA unchanged': `which is dA itself: the gradient passed through without ${kind}'(Z). The chain rule multiplies it by the activation's slope, dZ = dA ⊙ ${kind}'(Z)`,
  };
  if (named === 'kink') {
    const zeroAt = Z.flatMap((r, i) => r.map((z, j) => (z === 0 && dA[i][j] !== 0 ? `[${i}][${j}]` : ''))).filter(Boolean);
    misconception(
      true,
      () => `${what} returned ${formatValue(got)}: at ${zeroAt[0]}, where z = 0, it let dA through. The chapter takes relu'(0) = 0 (as chapter 3): keep dA only where z > 0 (>, not >=) (expected ${formatValue(want)}).`,
    );
  }
  if (named && sayings[named]) misconception(true, () => `${what} returned ${formatValue(got)}, ${sayings[named]} (expected ${formatValue(want)}).`);
  expectClose(got, want, what, TOL);
  if (!numeric) return;
  // Entry by entry: dZ[i][j] is dA[i][j] times the slope of g at Z[i][j]. Away from ReLU's kink only.
  Z.forEach((r, i) =>
    r.forEach((z, j) => {
      if (kind === 'relu' && Math.abs(z) < 1e-3) return;
      const n = dA[i][j] * centralDifference(g, z, H);
      const v = (got as M)[i][j];
      const { agrees, relativeError: error } = gradientAgreement(v, n, { magnitude: Math.abs(dA[i][j] * g(z)) });
      expectThat(agrees, () => `${what}: entry [${i}][${j}] is ${formatValue(v)}, but the centred difference dA · (${kind}(z + h) − ${kind}(z − h)) / 2h is ${formatValue(n)} (relative error ${formatValue(error)}).`);
    }),
  );
}

/** dA and Z of one shape, with n and m from 1 to 4, entries below 3 in size (so no slope underflows the check). */
const activationInput = fc.record({ n: size, m: size, dA: full(3), Z: full(3) }).map(({ n, m, dA, Z }) => ({ dA: cut(dA, n, m), Z: cut(Z, n, m) }));

function shapeThrows(exercise: string, first: string, second: string) {
  const cases = [
    { a: [[1, 2, 3], [4, 5, 6]], b: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], title: `${first} has fewer rows than ${second}`, numbers: [2, 3] },
    { a: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], b: [[1, 2, 3], [4, 5, 6]], title: `${first} has more rows than ${second}`, numbers: [3, 2] },
    { a: [[1, 2], [3, 4]], b: [[1, 2, 3], [4, 5, 6]], title: `${first} has fewer columns than ${second}`, numbers: [2, 3] },
    { a: [[1, 2, 3], [4, 5, 6]], b: [[1, 2], [3, 4]], title: `${first} has more columns than ${second}`, numbers: [3, 2] },
  ];
  for (const { a, b, title, numbers } of cases) {
    it(`throws an Error naming both shapes when ${title}`, async () => {
      await expectThrows(chapter.call(exercise, [a, b]), formatCall(exercise, [a, b]), {
        because: `${first} is ${shapeOf(a)} and ${second} is ${shapeOf(b)}`,
        naming: { what: 'both shapes', numbers },
        hint: `Compare the number of rows and the length of a row of ${first} and ${second} before anything else, and throw when either differs, in both directions.`,
      });
    });
  }
}

describe('sigmoidBackward', () => {
  it("gives the output layer's dZ of the page's worked example (dA = A[2] − Y for the squared error)", async () => {
    await checkActivation('sigmoidBackward', workedDA2, workedCache2.Z);
  });

  it("gives the hidden layer's dZ of the worked example", async () => {
    const dZ2 = activationReference('sigmoid', workedDA2, workedCache2.Z);
    await checkActivation('sigmoidBackward', matmulM(transposeM(worked.layers[1].W), dZ2), workedCache1.Z);
  });

  it('gives the example of the doc comment: sigmoidBackward([[2]], [[0]]) is [[0.5]]', async () => {
    await checkActivation('sigmoidBackward', [[2]], [[0]]);
  });

  it('matches the reference and centred differences on random shapes (n and m from 1 to 4), leaving dA and Z unchanged', async () => {
    await forAll('sigmoidBackward/random', activationInput, ({ dA, Z }) => checkActivation('sigmoidBackward', dA, Z));
  });

  it('gives 0, not NaN, where the sigmoid saturates (z = ±1000, ±710)', async () => {
    await checkActivation('sigmoidBackward', [[1, 1, 1, 1]], [[1000, -1000, 710, -710]], false);
  });

  shapeThrows('sigmoidBackward', 'dA', 'Z');
});

describe('reluBackward', () => {
  it('gives the example of the doc comment: reluBackward([[3, 3, 3]], [[-1, 0, 2]]) is [[0, 0, 3]]', async () => {
    await checkActivation('reluBackward', [[3, 3, 3]], [[-1, 0, 2]]);
  });

  it('gives 0 at z = 0 exactly, whatever dA is (relu\'(0) = 0, the chapter\'s convention)', async () => {
    await checkActivation('reluBackward', [[2.5, -1], [4, 0.5]], [[0, 0], [0, 1]]);
  });

  it('matches the reference and centred differences (away from z = 0) on random shapes, leaving dA and Z unchanged', async () => {
    await forAll('reluBackward/random', activationInput, ({ dA, Z }) => checkActivation('reluBackward', dA, Z));
  });

  shapeThrows('reluBackward', 'dA', 'Z');
});

describe('tanhBackward', () => {
  it('gives the example of the doc comment: tanhBackward([[5]], [[0]]) is [[5]]', async () => {
    await checkActivation('tanhBackward', [[5]], [[0]]);
  });

  it("works on the page's worked example's pre-activations too (tanh in place of sigmoid)", async () => {
    await checkActivation('tanhBackward', workedDA2, workedCache2.Z);
  });

  it('matches the reference and centred differences on random shapes (n and m from 1 to 4), leaving dA and Z unchanged', async () => {
    await forAll('tanhBackward/random', activationInput, ({ dA, Z }) => checkActivation('tanhBackward', dA, Z));
  });

  it('gives 0, not NaN, where tanh saturates (z = ±1000)', async () => {
    await checkActivation('tanhBackward', [[1, 1]], [[1000, -1000]], false);
  });

  shapeThrows('tanhBackward', 'dA', 'Z');
});

// ---------------------------------------------------------------------------------------------
// denseBackward

interface DenseResult {
  dW: M;
  db: M;
  dAPrev: M;
}

/** lib's Dense layer, which takes ∂J/∂Z = dZ/m and gives ∂J/∂A_prev = (Wᵀ dZ)/m. */
function denseReference(dZ: M, cache: PlainCache): DenseResult {
  const m = cache.aPrev[0].length;
  const layer = new Dense(cache.W[0].length, cache.W.length, { init: 'zeros' });
  layer.weight.value.data.set(cache.W.flat());
  layer.bias.value.data.set(cache.b.flat());
  layer.forward(toLib(cache.aPrev));
  const dInput = layer.backwardFromZ(scale(toLib(dZ), 1 / m)) as Matrix;
  return { dW: layer.weight.grad.toArray(), db: layer.bias.grad.toArray(), dAPrev: times(dInput.toArray(), m) };
}

/** Names what a wrong dW, db or dAPrev of one dense layer is, when the evidence is unambiguous. */
function denseMistakes(what: string, got: Record<string, unknown>, want: DenseResult, dZ: M, cache: PlainCache): void {
  const m = dZ[0].length;
  const { dW, db, dAPrev } = got;
  misconception(
    !isMatrix(dW, want.dW.length, want.dW[0].length) && isClose(dW, transposeM(want.dW)),
    () => `${what} returned dW of shape ${describeShape(dW)}, W's shape transposed (W is ${shapeOf(cache.W)}): it is (1/m) A_prev dZᵀ. dW = (1/m) dZ A_prevᵀ has W's shape, one row per unit of this layer.`,
  );
  // Each of dW, db and dAPrev is named only when one usual mistake alone gives its values here
  // (test/causes/structured.ts): with every entry 0, or a symmetric dW, several would.
  const square = cache.W.length === cache.W[0].length;
  const scaled = (right: M) => ({ 'without 1/m': m > 1 ? times(right, m) : undefined, 'twice 1/m': m > 1 ? times(right, 1 / m) : undefined, 'sign flipped': times(right, -1) });
  const dWMistake = onlyReading(dW, want.dW, { ...scaled(want.dW), transposed: square ? transposeM(want.dW) : undefined }, 1e-6);
  misconception(
    dWMistake === 'transposed',
    () => `${what} returned dW = ${formatValue(dW)}, the right gradient transposed: dW[i][j] belongs to W[i][j], from unit j below to unit i here, so dW = (1/m) dZ A_prevᵀ (expected ${formatValue(want.dW)}).`,
  );
  misconception(
    isMatrix(db, dZ.length, m) && m > 1,
    () => `${what} returned db of shape ${describeShape(db)}: it was not summed over the batch. Every example used the same b, so db = (1/m) Σ over the m columns of dZ, one number per row, of b's shape ${shapeOf(cache.b)}.`,
  );
  const dbMistake = onlyReading(db, want.db, scaled(want.db), 1e-6);
  for (const [name, value, right, named] of [['dW', dW, want.dW, dWMistake], ['db', db, want.db, dbMistake]] as const) {
    misconception(
      named === 'without 1/m',
      () => `${what} returned ${name} = ${formatValue(value)}, m = ${m} times too large: the 1/m is missing. ${name === 'dW' ? 'dW = (1/m) dZ A_prevᵀ' : 'db = (1/m) Σ_batch dZ'}: the cost is the mean over the batch (expected ${formatValue(right)}).`,
    );
    misconception(
      named === 'twice 1/m',
      () => `${what} returned ${name} = ${formatValue(value)}, m = ${m} times too small: divided by m twice. dZ arrives per example; divide by m once, here (expected ${formatValue(right)}).`,
    );
    misconception(named === 'sign flipped', () => `${what} returned ${name} = ${formatValue(value)}, the right values with the sign flipped (expected ${formatValue(right)}).`);
  }
  const dAPrevMistake = onlyReading(dAPrev, want.dAPrev, { 'divided by m': m > 1 ? times(want.dAPrev, 1 / m) : undefined, 'W, not Wᵀ': square ? matmulM(cache.W, dZ) : undefined, 'sign flipped': times(want.dAPrev, -1) }, 1e-6);
  misconception(
    dAPrevMistake === 'divided by m',
    () => `${what} returned dAPrev = ${formatValue(dAPrev)}, m = ${m} times too small: dAPrev = Wᵀ dZ is per example, with no 1/m (the layer below divides by m when it forms its own dW) (expected ${formatValue(want.dAPrev)}).`,
  );
  misconception(
    dAPrevMistake === 'W, not Wᵀ',
    () => `${what} returned dAPrev = ${formatValue(dAPrev)}, which is W dZ: Wᵀ is needed, dAPrev = Wᵀ dZ, so that unit j below collects W[i][j] dZ[i] from every unit i here (expected ${formatValue(want.dAPrev)}).`,
  );
  misconception(dAPrevMistake === 'sign flipped', () => `${what} returned dAPrev = ${formatValue(dAPrev)}, the right values with the sign flipped (expected ${formatValue(want.dAPrev)}).`);
}

/** "denseBackward(dZ, cache) for a layer of 2 units, 4 inputs and m = 3 (dZ = …, A_prev = …, W = …)": short enough to read. */
function describeDense(dZ: M, cache: PlainCache): string {
  const [n, p, m] = [cache.W.length, cache.W[0].length, dZ[0].length];
  return `denseBackward(dZ, cache) for a layer of ${n} unit${n > 1 ? 's' : ''}, ${p} input${p > 1 ? 's' : ''} and m = ${m} (dZ = ${formatValue(dZ)}, A_prev = ${formatValue(cache.aPrev)}, W = ${formatValue(cache.W)}, b = ${formatValue(cache.b)})`;
}

async function checkDense(dZ: M, cache: PlainCache) {
  const what = describeDense(dZ, cache);
  const got = await chapter.call<unknown>('denseBackward', [dZ, cache]);
  const want = denseReference(dZ, cache);
  expectThat(got !== null && typeof got === 'object' && !Array.isArray(got), () => `${what} returned ${formatValue(got)}: expected an object { dW, db, dAPrev }.`);
  const result = got as Record<string, unknown>;
  for (const key of ['dW', 'db', 'dAPrev']) expectThat(key in result, () => `${what} returned an object without ${key}: expected { dW, db, dAPrev }.`);
  denseMistakes(what, result, want, dZ, cache);
  const shapes = { dW: ['W', cache.W], db: ['b', cache.b], dAPrev: ['A_prev', cache.aPrev] } as const;
  for (const key of ['dW', 'db', 'dAPrev'] as const) {
    const [name, like] = shapes[key];
    expectThat(
      isMatrix(result[key], like.length, like[0].length),
      () => `${what} returned ${key} of shape ${describeShape(result[key])}; expected ${name}'s shape ${shapeOf(like)}.`,
    );
  }
  expectClose({ dW: result.dW, db: result.db, dAPrev: result.dAPrev }, want, what, TOL);
  // Centred differences of J = (1/m) Σ dZ ⊙ Z(W, b, A_prev), whose gradient at Z is dZ/m.
  const m = dZ[0].length;
  const params = { W: cache.W.map((r) => [...r]), b: cache.b.map((r) => [...r]), aPrev: cache.aPrev.map((r) => [...r]) };
  const J = () => matmulM(params.W, params.aPrev).reduce((s, r, i) => s + r.reduce((t, v, j) => t + dZ[i][j] * (v + params.b[i][0]), 0), 0) / m;
  const size = Math.abs(J());
  expectCentred(result.dW as M, centred(J, params.W), what, 'dW', size);
  expectCentred(result.db as M, centred(J, params.b), what, 'db', size);
  expectCentred(result.dAPrev as M, times(centred(J, params.aPrev), m), what, 'dAPrev (m times ∂J/∂A_prev)', m * size);
}

const hiddenKinds: Hidden[] = ['relu', 'sigmoid', 'tanh', 'linear'];

/** One layer's cache: A_prev (p × m), W (n × p), b (n × 1), and its Z and A computed by lib. */
function cacheOf(aPrev: M, W: M, b: M, activation: Hidden | Output): PlainCache {
  const z = Matrix.from(matmulM(W, aPrev).map((r, i) => r.map((v) => v + b[i][0])));
  return { aPrev, W, b, Z: z.toArray(), A: activate(activation, z).toArray(), activation };
}

const denseInput = fc
  .record({ n: size, p: size, m: size, aPrev: full(3), W: full(2), b: full(2), dZ: full(3), activation: fc.constantFrom<Hidden>(...hiddenKinds) })
  .map(({ n, p, m, aPrev, W, b, dZ, activation }) => ({ dZ: cut(dZ, n, m), cache: cacheOf(cut(aPrev, p, m), cut(W, n, p), cut(b, n, 1), activation) }));

describe('denseBackward', () => {
  it("gives both layers' dW, db and dA_prev in the page's worked example (m = 1)", async () => {
    const dZ2 = activationReference('sigmoid', workedDA2, workedCache2.Z);
    await checkDense(dZ2, workedCache2);
    const dZ1 = activationReference('sigmoid', matmulM(transposeM(worked.layers[1].W), dZ2), workedCache1.Z);
    await checkDense(dZ1, workedCache1);
  });

  it('divides by m once, sums db over the batch and transposes the right factors on a non-square layer with m = 3', async () => {
    const cache = cacheOf([[1, 0.5, -1], [2, 0, 1], [-0.5, 1, 1.5], [0, 1, 2]], [[0.2, -0.3, 0.5, 1], [1, 0.4, -0.6, 0.1]], [[0.1], [-0.2]], 'tanh');
    await checkDense([[1, -2, 0.5], [0.3, 1, -1]], cache);
  });

  it('matches lib/ and centred differences on random layers (1 to 4 units, inputs and examples), leaving dZ and the cache unchanged', async () => {
    await forAll('denseBackward/random', denseInput, ({ dZ, cache }) => checkDense(dZ, cache));
  });

  const cache = cacheOf([[1, 2, 3], [4, 5, 6]], [[1, 0], [0, 1], [1, 1]], [[0], [0], [0]], 'linear');
  for (const { dZ, title, numbers } of [
    { dZ: [[1, 1, 1], [1, 1, 1]], title: 'dZ has fewer rows than Z', numbers: [2, 3] },
    { dZ: [[1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1]], title: 'dZ has more rows than Z', numbers: [4, 3] },
    { dZ: [[1, 1], [1, 1], [1, 1]], title: 'dZ has fewer columns than Z', numbers: [2, 3] },
    { dZ: [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]], title: 'dZ has more columns than Z', numbers: [4, 3] },
  ]) {
    it(`throws an Error naming both shapes when ${title}`, async () => {
      await expectThrows(chapter.call('denseBackward', [dZ, cache]), describeDense(dZ, cache), {
        because: `dZ is ${shapeOf(dZ)} and Z is (3×3)`,
        naming: { what: 'both shapes', numbers },
        hint: 'Compare dZ with cache.Z, rows and columns, before the products, and throw when either differs: a product of the wrong shapes may not fail on its own.',
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// softmaxCrossEntropyBackward

function oneHot(labels: number[], n: number): M {
  return Array.from({ length: n }, (_, i) => labels.map((k) => (k === i ? 1 : 0)));
}

/** The per-example loss of column j as a function of its logits (so that the centred difference has something to nudge). */
function lossOf(kind: Output, Zcol: number[], Ycol: number[]): number {
  if (kind === 'softmax') {
    const s = softmax(Zcol);
    return -Ycol.reduce((t, y, i) => t + (y === 0 ? 0 : y * Math.log(s[i])), 0);
  }
  return Zcol.reduce((t, z, i) => t + Math.max(z, 0) - z * Ycol[i] + Math.log1p(Math.exp(-Math.abs(z))), 0);
}

async function checkOutput(kind: Output, Z: M, Y: M) {
  const AL = activate(kind, toLib(Z)).toArray();
  const m = Z[0].length;
  const what = formatCall('softmaxCrossEntropyBackward', [AL, Y]);
  const got = await chapter.call<unknown>('softmaxCrossEntropyBackward', [AL, Y]);
  // lib gives ∂J/∂Z = (AL − Y)/m; the exercise returns it per example.
  const want = times(softmaxCrossEntropyGradient(toLib(AL), toLib(Y)).toArray(), m);
  expectThat(isMatrix(got, AL.length, m), () => `${what} returned ${formatValue(got)}: expected a new ${shapeOf(AL)} matrix, the shape of AL and Y.`);
  // Each named only when it alone gives these values (test/causes/structured.ts).
  const named = onlyReading(got, want, {
    diagonal: map(AL, (a, i, j) => -Y[i][j] * (1 - a)),
    'at AL': map(AL, (a, i, j) => -Y[i][j] / a),
    'sign flipped': times(want, -1),
    'divided by m': m > 1 ? times(want, 1 / m) : undefined,
  });
  misconception(
    named === 'diagonal',
    () => `${what} returned ${formatValue(got)}, which is −Y ⊙ (1 − AL) = dA ⊙ s(1 − s) with dA = −Y/AL: only the diagonal of the softmax Jacobian. Each output depends on every logit (∂s_i/∂z_k = s_i(δ_ik − s_k)), and the full Jacobian gives dZ = AL − Y (expected ${formatValue(want)}).`,
  );
  misconception(
    named === 'at AL',
    () => `${what} returned ${formatValue(got)}, which is −Y/AL, the gradient at AL: the exercise asks for the gradient at Z, through the softmax, which is AL − Y (expected ${formatValue(want)}).`,
  );
  misconception(named === 'sign flipped', () => `${what} returned ${formatValue(got)}, which is Y − AL: the sign is flipped, dZ = AL − Y (expected ${formatValue(want)}).`);
  misconception(
    named === 'divided by m',
    () => `${what} returned ${formatValue(got)}, (AL − Y)/m: the 1/m belongs in denseBackward; dZ here is per example, AL − Y (expected ${formatValue(want)}).`,
  );
  expectClose(got, want, what, TOL);
  const Zt = transposeM(Z);
  const Yt = transposeM(Y);
  const numeric = transposeM(Zt.map((col, j) => {
    const z = [...col];
    return z.map((v, i) => {
      z[i] = v + H;
      const up = lossOf(kind, z, Yt[j]);
      z[i] = v - H;
      const down = lossOf(kind, z, Yt[j]);
      z[i] = v;
      return (up - down) / (2 * H);
    });
  }));
  expectCentred(got as M, numeric, what, 'dZ (per example)', Math.max(...Zt.map((col, j) => Math.abs(lossOf(kind, col, Yt[j])))));
}

const softmaxInput = fc
  .record({ n: fc.integer({ min: 2, max: 4 }), m: size, Z: full(5), labels: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }) })
  .map(({ n, m, Z, labels }) => ({ Z: cut(Z, n, m), Y: oneHot(labels.slice(0, m).map((k) => k % n), n) }));
const sigmoidInput = fc
  .record({ n: size, m: size, Z: full(5), Y: fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }) })
  .map(({ n, m, Z, Y }) => ({ Z: cut(Z, n, m), Y: cut(Y, n, m) }));

describe('softmaxCrossEntropyBackward', () => {
  it('gives AL − Y for one example of three classes', async () => {
    await checkOutput('softmax', [[2], [1], [0.1]], [[1], [0], [0]]);
  });

  it('matches lib/ and centred differences of the cross-entropy for random softmax outputs (2 to 4 classes, 1 to 4 examples), leaving AL and Y unchanged', async () => {
    await forAll('softmaxCrossEntropyBackward/softmax', softmaxInput, ({ Z, Y }) => checkOutput('softmax', Z, Y));
  });

  it('matches lib/ and centred differences of the binary cross-entropy for random sigmoid outputs (1 to 4 outputs and examples)', async () => {
    await forAll('softmaxCrossEntropyBackward/sigmoid', sigmoidInput, ({ Z, Y }) => checkOutput('sigmoid', Z, Y));
  });

  shapeThrows('softmaxCrossEntropyBackward', 'AL', 'Y');
});

// ---------------------------------------------------------------------------------------------
// backwardPropagation, and the wrong backward passes that gradientCheck must catch.

/** The course's wrong backward passes, each a plausible mistake of the whole pass. */
type WrongPass = 'derivativeAtA' | 'activationAbove' | 'noActivation' | 'noWTranspose' | 'diagonalSoftmax';

/**
 * The backward pass written out (the right one, or one wrong at a named place), on plain arrays.
 * Only for the diagnosis of the learner's result and for gradientCheck's inputs: the grade itself
 * compares with lib/.
 */
function backward(AL: M, Y: M, caches: PlainCache[], wrong?: WrongPass): PlainGradients[] {
  const L = caches.length;
  const m = Y[0].length;
  const slope = (kind: string, x: number) => (kind === 'relu' ? (x > 0 ? 1 : 0) : kind === 'sigmoid' ? scalar.sigmoid(x) * (1 - scalar.sigmoid(x)) : kind === 'tanh' ? 1 - Math.tanh(x) ** 2 : 1);
  let dZ = wrong === 'diagonalSoftmax' && caches[L - 1].activation === 'softmax' ? map(AL, (a, i, j) => -Y[i][j] * (1 - a)) : map(AL, (a, i, j) => a - Y[i][j]);
  const grads: PlainGradients[] = [];
  for (let l = L - 1; l >= 0; l--) {
    const { aPrev, W } = caches[l];
    grads[l] = { dW: times(matmulM(dZ, transposeM(aPrev)), 1 / m), db: times(rowSums(dZ), 1 / m) };
    if (l === 0) break;
    const dAPrev = wrong === 'noWTranspose' && W.length === W[0].length ? matmulM(W, dZ) : matmulM(transposeM(W), dZ);
    const below = caches[l - 1];
    const kind = wrong === 'activationAbove' ? caches[l].activation : wrong === 'noActivation' ? 'linear' : below.activation;
    const at = wrong === 'derivativeAtA' ? below.A : below.Z;
    dZ = map(dAPrev, (v, i, j) => v * slope(kind, at[i][j]));
  }
  return grads;
}

/** One wrong backward pass of the whole network, and how the report names it. */
const wrongPasses: Record<WrongPass, string> = {
  derivativeAtA: "g'(A[l]) where g'(Z[l]) is needed (a hidden sigmoid's or tanh's derivative evaluated at the layer's output instead of its input)",
  activationAbove: "the wrong layer's activation (each hidden layer's dZ computed with the derivative of the activation of the layer above it)",
  noActivation: "the hidden activations forgotten (dA_prev from above used as the hidden layer's dZ, without g'(Z))",
  noWTranspose: 'W where Wᵀ is needed (dA_prev = W dZ instead of Wᵀ dZ)',
  diagonalSoftmax: 'the diagonal of the softmax Jacobian alone (dZ = −Y ⊙ (1 − AL) at the output instead of AL − Y)',
};

const layerName = (l: number) => `layer ${l + 1}`;

/** Says which parameter of which layer is wrong and how, output layer first (errors flow down). */
function diagnoseNetwork(what: string, got: unknown, want: PlainGradients[], AL: M, Y: M, caches: PlainCache[]): void {
  const L = caches.length;
  const m = Y[0].length;
  expectThat(Array.isArray(got) && got.length === L, () => `${what} returned ${formatValue(got)}: expected an array of ${L} { dW, db }, one per layer, first layer first.`);
  const grads = got as Record<string, unknown>[];
  // Named only when it alone gives these gradients (test/causes/structured.ts): layers with equal
  // gradients, mirrored about the middle, are the same in either order.
  const order = L > 1 ? onlyReading(got, want, { reversed: [...want].reverse() }) : undefined;
  misconception(order === 'reversed', () => `${what} returned the right gradients in reverse order: grads[0] must be the first layer's (the order of caches), even though the pass computes the last layer first.`);
  for (let l = L - 1; l >= 0; l--) {
    const g = grads[l];
    expectThat(g !== null && typeof g === 'object' && 'dW' in g && 'db' in g, () => `${what}: the item for ${layerName(l)} (index ${l}) is ${formatValue(g)}; expected { dW, db }.`);
    const above = l < L - 1 ? ` (the layers above it are right, so look at how ${layerName(l)}'s dZ is formed from ${layerName(l + 1)}'s)` : '';
    const { W, b } = caches[l];
    for (const [name, value, right, like, likeName] of [['dW', g.dW, want[l].dW, W, 'W'], ['db', g.db, want[l].db, b, 'b']] as const) {
      const where = `${name} of ${layerName(l)}`;
      if (name === 'dW') {
        misconception(
          !isMatrix(value, W.length, W[0].length) && isClose(value, transposeM(right)),
          () => `${what}: ${where} is transposed, ${describeShape(value)} with the values of dWᵀ: dW = (1/m) dZ A_prevᵀ has W's shape ${shapeOf(W)}, dW[i][j] for W[i][j].`,
        );
      }
      if (name === 'db') {
        misconception(
          m > 1 && isMatrix(value, b.length, m),
          () => `${what}: ${where} has shape ${describeShape(value)}: it was not summed over the batch. db = (1/m) Σ over the m = ${m} columns of dZ, of b's shape ${shapeOf(b)}.`,
        );
      }
      expectThat(isMatrix(value, like.length, like[0].length), () => `${what}: ${where} has shape ${describeShape(value)}; expected ${likeName}'s shape ${shapeOf(like)}.`);
      if (isClose(value, right)) continue;
      const v = value as M;
      // Every usual mistake's values side by side: one is named only when it alone gives these
      // (test/causes/structured.ts). Where two agree here (a softmax above counts as linear for the
      // wrong layer's activation; a zero gradient is its own negative), none is.
      const passes = Object.fromEntries(
        (Object.keys(wrongPasses) as WrongPass[]).map((wrong) => {
          const theirs = backward(AL, Y, caches, wrong)[l];
          return [wrong, name === 'dW' ? theirs.dW : theirs.db];
        }),
      ) as Record<WrongPass, M>;
      const named = onlyReading<WrongPass | 'without 1/m' | 'twice 1/m' | 'sign flipped' | 'transposed'>(v, right, {
        'without 1/m': m > 1 ? times(right, m) : undefined,
        'twice 1/m': m > 1 ? times(right, 1 / m) : undefined,
        'sign flipped': times(right, -1),
        transposed: name === 'dW' && W.length === W[0].length ? transposeM(right) : undefined,
        ...passes,
      });
      misconception(
        named === 'transposed',
        () => `${what}: ${where} is transposed, ${describeShape(value)} with the values of dWᵀ: dW = (1/m) dZ A_prevᵀ has W's shape ${shapeOf(W)}, dW[i][j] for W[i][j].`,
      );
      misconception(named === 'without 1/m', () => `${what}: ${where} is m = ${m} times too large: the 1/m is missing (dW = (1/m) dZ A_prevᵀ, db = (1/m) Σ_batch dZ)${above}.`);
      misconception(
        named === 'twice 1/m',
        () => `${what}: ${where} is m = ${m} times too small: the 1/m was applied twice (once in dZ, once in dW and db). dZ is per example; denseBackward divides by m once${above}.`,
      );
      misconception(named === 'sign flipped', () => `${what}: ${where} has the sign flipped: it is −1 times the gradient (dZ = AL − Y at the output, not Y − AL)${above}.`);
      misconception(
        named !== undefined && named in wrongPasses,
        () => `${what}: ${where} is wrong: its values are exactly those of a backward pass with ${wrongPasses[named as WrongPass]}${above}.`,
      );
      const worst = largest(v, right);
      expectThat(
        false,
        () => `${what}: ${where} is wrong: at ${worst.at} it is ${formatValue(worst.got)} where the gradient is ${formatValue(worst.want)} (centred differences of the cost agree with the latter)${above}.`,
      );
    }
  }
}

/** A network of depth 1 to 4, widths 1 to 4, batch 1 to 4, every hidden activation, softmax or sigmoid output. */
const netInput = fc
  .record({
    depth: fc.integer({ min: 1, max: 4 }),
    widths: fc.array(size, { minLength: 5, maxLength: 5 }),
    m: size,
    hidden: fc.array(fc.constantFrom<Hidden>(...hiddenKinds), { minLength: 3, maxLength: 3 }),
    output: fc.constantFrom<Output>('softmax', 'sigmoid'),
    X: full(3),
    weights: fc.array(fc.tuple(full(2), full(2)), { minLength: 4, maxLength: 4 }),
    labels: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ depth, widths, m, hidden, output, X, weights, labels }): Net => {
    const sizes = widths.slice(0, depth + 1);
    // A softmax over one class is always 1: give it at least two.
    if (output === 'softmax') sizes[depth] = Math.max(2, sizes[depth]);
    const n = sizes[depth];
    const layers = weights.slice(0, depth).map(([W, b], l) => ({ W: cut(W, sizes[l + 1], sizes[l]), b: cut(b, sizes[l + 1], 1) }));
    const Y = output === 'softmax' ? oneHot(labels[0].slice(0, m).map((k) => k % n), n) : cut(labels, n, m).map((r) => r.map((k) => k % 2));
    return { X: cut(X, sizes[0], m), Y, layers, activations: [...hidden.slice(0, depth - 1), output] };
  });

/** Whether some ReLU's z lies within 1e-3 of the kink, where centred differences straddle it. */
const nearKink = (caches: PlainCache[]) => caches.some((c) => c.activation === 'relu' && c.Z.flat().some((z) => Math.abs(z) < 1e-3));

/** "a 3-4-2 network (relu, softmax) with a batch of 5": the report names the network, not its numbers. */
const describeNet = (net: Net) =>
  `a ${[net.X.length, ...net.layers.map((l) => l.W.length)].join('-')} network (${net.activations.join(', ')}) with a batch of ${net.X[0].length}`;

async function checkNetwork(net: Net) {
  const { AL, caches } = forward(net);
  const what = `backwardPropagation(AL, Y, caches) on ${describeNet(net)}`;
  const got = await chapter.call<unknown>('backwardPropagation', [AL, net.Y, caches]);
  const want = gradients(net);
  diagnoseNetwork(what, got, want, AL, net.Y, caches);
  expectClose(got, want, what, TOL);
  if (nearKink(caches)) return;
  const layers = net.layers.map(({ W, b }) => ({ W: W.map((r) => [...r]), b: b.map((r) => [...r]) }));
  const cost = costOf(net);
  const J = () => cost(layers);
  (got as PlainGradients[]).forEach((g, l) => {
    expectCentred(g.dW, centred(J, layers[l].W), what, `dW of ${layerName(l)}`, Math.abs(J()));
    expectCentred(g.db, centred(J, layers[l].b), what, `db of ${layerName(l)}`, Math.abs(J()));
  });
}

/** A network with seeded gaussian weights (scaled by 1/√fan-in) and inputs, for the fixed checks. */
function seededNet(random: Random, sizes: number[], activations: Net['activations'], m: number): Net {
  const gauss = (rows: number, cols: number, k = 1) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => random.gaussian() * k));
  const layers = sizes.slice(1).map((n, l) => ({ W: gauss(n, sizes[l], 1 / Math.sqrt(sizes[l])), b: gauss(n, 1, 0.5) }));
  const n = sizes[sizes.length - 1];
  const labels = Array.from({ length: m }, () => random.int(0, n - 1));
  const Y = activations[activations.length - 1] === 'softmax' ? oneHot(labels, n) : gauss(n, m).map((r) => r.map((v) => (v > 0 ? 1 : 0)));
  return { X: gauss(sizes[0], m, 1.5), Y, layers, activations };
}

/** seededNet, drawn again until no ReLU's z is within 0.05 of the kink (a few draws at most). */
function smoothNet(random: Random, sizes: number[], activations: Net['activations'], m: number): Net {
  for (;;) {
    const net = seededNet(random, sizes, activations, m);
    if (!forward(net).caches.some((c) => c.activation === 'relu' && c.Z.flat().some((z) => Math.abs(z) < 0.05))) return net;
  }
}

describe('backwardPropagation', () => {
  // First, because with a different activation on every layer each wrong activation gives a
  // different value, so the report can name which one was used.
  it("gives every layer's gradients for a 3-4-3-2 network with a tanh, then a ReLU hidden layer and a sigmoid output (batch of 5)", async () => {
    await checkNetwork(smoothNet(randomFor('backwardPropagation/mixed'), [3, 4, 3, 2], ['tanh', 'relu', 'sigmoid'], 5));
  });

  for (const hidden of hiddenKinds) {
    for (const output of ['softmax', 'sigmoid'] as const) {
      it(`gives every layer's gradients for a 3-4-3-2 network with ${hidden} hidden layers and a ${output} output (batch of 5, then of 1)`, async () => {
        const random = randomFor(`backwardPropagation/${hidden}-${output}`);
        await checkNetwork(smoothNet(random, [3, 4, 3, 2], [hidden, hidden, output], 5));
        await checkNetwork(smoothNet(random, [3, 4, 3, 2], [hidden, hidden, output], 1));
      });
    }
  }

  it('gives the gradients of a single layer (depth 1: the output layer is the whole network)', async () => {
    await checkNetwork(smoothNet(randomFor('backwardPropagation/depth-1'), [4, 3], ['softmax'], 3));
  });

  it('matches lib/ and centred differences on random networks (depth 1 to 4, widths 1 to 4, batch 1 to 4, mixed activations), leaving AL, Y and the caches unchanged', async () => {
    await forAll('backwardPropagation/random', netInput, checkNetwork);
  });

  for (const last of ['relu', 'tanh', 'linear'] as const) {
    it(`throws an Error naming the activation when the output layer is ${last} (not softmax or sigmoid)`, async () => {
      const net = seededNet(randomFor('backwardPropagation/throws'), [2, 3, 2], ['tanh', 'sigmoid'], 2);
      const { caches } = forward(net);
      caches[1] = cacheOf(caches[1].aPrev, caches[1].W, caches[1].b, last);
      const what = `backwardPropagation(AL, Y, caches) on a 2-3-2 network whose output layer is ${last}`;
      const error = await expectThrows(chapter.call('backwardPropagation', [caches[1].A, net.Y, caches]), what, {
        because: `the output layer is ${last}: AL − Y is the gradient at Z only for softmax or sigmoid with cross-entropy`,
        hint: "Check caches[caches.length - 1].activation first and throw unless it is 'softmax' or 'sigmoid', naming what it is.",
      });
      expectThat(error.thrown.message.includes(last), () => `${what} threw "${error.thrown.message}", which does not name the activation "${last}": say what the output layer is.`);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// gradientCheck, through the probe.

type Checked = GradientCheckResult;
type Worst = GradientCheckResult['worst'];

/** The centred-difference gradient of a network's cost, computed once per network and ε. */
const numericCache = new Map<string, PlainGradients[]>();

/** The reference check: the chapter's relative error over every entry, and the numeric gradient. */
function referenceCheck(net: Net, grads: PlainGradients[], epsilon = H): { relativeError: number; numeric: PlainGradients[] } {
  const key = JSON.stringify([net, epsilon]);
  let numeric = numericCache.get(key);
  if (!numeric) {
    numeric = centredGradients(net, epsilon);
    numericCache.set(key, numeric);
  }
  const flat = (gs: PlainGradients[]) => [gs.flatMap((g) => [...g.dW.flat(), ...g.db.flat()])];
  return { relativeError: relativeErrorOf(flat(grads), flat(numeric)), numeric };
}

function centredGradients(net: Net, epsilon: number): PlainGradients[] {
  const layers = net.layers.map(({ W, b }) => ({ W: W.map((r) => [...r]), b: b.map((r) => [...r]) }));
  const cost = costOf(net);
  const J = () => cost(layers);
  return layers.map((l) => ({ dW: centred(J, l.W, epsilon), db: centred(J, l.b, epsilon) }));
}

const deepEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const countOf = (net: Net) => net.layers.reduce((s, l) => s + l.W.flat().length + l.b.length, 0);

/** Runs the learner's gradientCheck in the sandbox; checks the result's shape, the inputs and the cost calls. */
async function runCheck(net: Net, grads: PlainGradients[], options?: { epsilon?: number; threshold?: number }, constant?: number): Promise<{ result: Checked; run: CheckRun; what: string }> {
  const what = `gradientCheck(cost, layers, grads${options ? `, ${formatValue(options)}` : ''}) on ${describeNet(net)}`;
  const run = await chapter.probe<CheckRun>('runGradientCheck', constant === undefined ? [net, grads, options] : [net, grads, options, constant], { label: what });
  const r = run.result as Record<string, unknown>;
  expectThat(
    r !== null && typeof r === 'object' && typeof r.passed === 'boolean' && typeof r.relativeError === 'number' && r.worst !== null && typeof r.worst === 'object',
    () => `${what} returned ${formatValue(r)}: expected { passed: boolean, relativeError: number, worst: { layer, parameter, row, col, numeric, analytic } }.`,
  );
  expectThat(deepEqual(run.layersAfter, net.layers), () => `${what} changed layers in place (${formatValue(run.layersAfter)}): nudge a copy, or put every entry back exactly; the caller's network must be as it was.`);
  expectThat(deepEqual(run.gradsAfter, grads), () => `${what} changed grads in place: it only reads them.`);
  const eps = options?.epsilon ?? H;
  const piled = run.calls.find((c) => c.moved > 1);
  expectThat(
    !piled,
    () => `${what} called cost with ${piled?.moved} parameters away from their values at once (the first, ${piled?.where}, off by ${formatValue(piled?.nudge)}): after the two calls for one entry, put it back before nudging the next, or every later difference is taken at the wrong point.`,
  );
  const odd = run.calls.find((c) => c.moved === 1 && Math.abs(Math.abs(c.nudge) - eps) > 1e-9 * Math.max(1, eps) + 1e-12);
  expectThat(!odd, () => `${what} called cost with ${odd?.where} moved by ${formatValue(odd?.nudge)}; expected a nudge of ±ε = ±${formatValue(eps)}.`);
  const nudged = run.calls.filter((c) => c.moved === 1);
  const P = countOf(net);
  misconception(
    constant === undefined && nudged.length > 0 && nudged.every((c) => c.nudge > 0),
    () => `${what} only ever nudged parameters up (+ε, ${nudged.length} calls for ${P} parameters), and returned relativeError ${formatValue(r.relativeError)}: that is the forward difference (cost(θ + ε) − cost(θ)) / ε, whose error shrinks only like ε, enough to fail a right backward pass at the threshold 1e-7. Use the centred difference (cost(θ + ε) − cost(θ − ε)) / 2ε, whose error shrinks like ε².`,
  );
  return { result: r as unknown as Checked, run, what };
}

/** The course's wrong backward passes of a network, each with its name. */
function wrongGradients(net: Net): { name: string; grads: PlainGradients[] }[] {
  const { AL, caches } = forward(net);
  const right = gradients(net);
  const m = net.Y[0].length;
  const each = (f: (g: M) => M) => right.map(({ dW, db }) => ({ dW: f(dW), db: f(db) }));
  const square = net.layers.every((l) => l.W.length === l.W[0].length);
  const passes: { name: string; grads: PlainGradients[] }[] = [
    { name: `the 1/m missing (every dW and db m = ${m} times too large)`, grads: each((g) => times(g, m)) },
    { name: `the 1/m applied twice (every dW and db m = ${m} times too small)`, grads: each((g) => times(g, 1 / m)) },
    { name: 'the sign flipped (Y − AL at the output)', grads: each((g) => times(g, -1)) },
    { name: "db dropped (every db left at 0)", grads: right.map(({ dW, db }) => ({ dW, db: map(db, () => 0) })) },
  ];
  if (square) passes.push({ name: 'every dW transposed (A_prev dZᵀ instead of dZ A_prevᵀ)', grads: right.map(({ dW, db }) => ({ dW: transposeM(dW), db })) });
  for (const wrong of Object.keys(wrongPasses) as WrongPass[]) {
    const grads = backward(AL, net.Y, caches, wrong);
    if (grads.some((g, l) => !isClose(g.dW, right[l].dW, 1e-6) || !isClose(g.db, right[l].db, 1e-6))) passes.push({ name: wrongPasses[wrong], grads });
  }
  return passes;
}

/** Networks with ReLU, sigmoid and tanh hidden layers, softmax and sigmoid outputs, away from kinks. */
function checkNets(): Net[] {
  const random = randomFor('gradientCheck');
  return [
    // Square layers, so that a transposed dW or a missing Wᵀ keeps its shape and only its values are wrong.
    smoothNet(random, [3, 3, 3, 3], ['tanh', 'sigmoid', 'softmax'], 3),
    smoothNet(random, [2, 4, 3, 2], ['relu', 'tanh', 'sigmoid'], 4),
    smoothNet(random, [3, 4, 3], ['relu', 'softmax'], 2),
  ];
}

describe('gradientCheck', () => {
  const nets = checkNets();

  it('passes the right backward pass of networks with ReLU (away from its kink), sigmoid and tanh layers', async () => {
    for (const net of nets) {
      const { result, what } = await runCheck(net, gradients(net));
      const { relativeError } = referenceCheck(net, gradients(net));
      expectThat(
        result.passed === true && result.relativeError >= 0 && result.relativeError < 1e-7,
        () => `${what} returned passed: ${result.passed}, relativeError ${formatValue(result.relativeError)} on the right backward pass (the centred differences agree with it to ${formatValue(relativeError)}): a checker that flags a right backward pass sends its user hunting for a bug that is not there.`,
      );
      const { worst } = result;
      expectThat(
        Math.abs(worst.numeric - worst.analytic) <= 1e-6 * Math.max(1, Math.abs(worst.analytic)),
        () => `${what}: on the right backward pass worst is ${formatValue(worst)}, whose numeric and analytic values are far apart, although every entry agrees.`,
      );
    }
  });

  it('flags each of the course\'s wrong backward passes (1/m missing or twice, sign, db dropped, dW transposed, g\'(A) for g\'(Z), the wrong activation, Wᵀ missing, the diagonal softmax), with the relative error ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖)', async () => {
    for (const net of nets) {
      for (const { name, grads } of wrongGradients(net)) {
        const { result, what } = await runCheck(net, grads);
        const want = referenceCheck(net, grads).relativeError;
        expectThat(
          result.passed === false,
          () => `${what} passed a wrong backward pass, the one with ${name}: relativeError ${formatValue(result.relativeError)}, where ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖) is ${formatValue(want)}. A checker that misses it cannot be trusted with the next one.`,
        );
        expectThat(
          Math.abs(result.relativeError - want) <= 1e-6 * want,
          () => `${what} returned relativeError ${formatValue(result.relativeError)} for the backward pass with ${name}; expected ${formatValue(want)}, ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖) with g the analytic and ĝ the centred-difference gradient, every entry of every layer in one norm (both norms in the denominator, not one).`,
        );
      }
    }
  });

  it('ranks worst by the absolute difference |numeric − analytic|, not by the relative one', async () => {
    // Two entries off: A, the largest gradient, by a quarter of itself (relative difference 1/5),
    // and B, the smallest, by half as much (a relative difference near 1, as |B| is far below |A|/2).
    // A's absolute difference is the largest by a margin of |A|/8; every other entry's is rounding noise.
    const net = nets[1];
    const grads = gradients(net).map(({ dW, db }) => ({ dW: dW.map((r) => [...r]), db: db.map((r) => [...r]) }));
    const cells = grads.flatMap((g, layer) =>
      (['W', 'b'] as const).flatMap((parameter) => g[parameter === 'W' ? 'dW' : 'db'].flatMap((r, row) => r.map((value, col) => ({ layer, parameter, row, col, value })))),
    );
    const byMagnitude = [...cells].sort((p, q) => Math.abs(q.value) - Math.abs(p.value));
    const [a, b] = [byMagnitude[0], byMagnitude[byMagnitude.length - 1]];
    const d = Math.abs(a.value) / 4;
    const set = (c: typeof a, value: number) => (grads[c.layer][c.parameter === 'W' ? 'dW' : 'db'][c.row][c.col] = value);
    set(a, a.value + Math.sign(a.value) * d);
    set(b, b.value + (Math.sign(b.value) || 1) * (d / 2));
    const { result, what } = await runCheck(net, grads);
    const { numeric } = referenceCheck(net, grads);
    const at = (c: { layer: number; parameter: 'W' | 'b'; row: number; col: number }) => `${c.parameter}[${c.row}][${c.col}] of layers[${c.layer}]`;
    const differences = (c: { layer: number; parameter: 'W' | 'b'; row: number; col: number }) => {
      const key = c.parameter === 'W' ? 'dW' : 'db';
      const n = numeric[c.layer]?.[key]?.[c.row]?.[c.col];
      const g = grads[c.layer]?.[key]?.[c.row]?.[c.col];
      if (n === undefined || g === undefined) return 'which is no entry of the network';
      const gap = Math.abs(n - g);
      return `where |numeric − analytic| is ${formatValue(gap)} (relative difference ${formatValue(gap / Math.max(Math.abs(n), Math.abs(g)))})`;
    };
    const { worst } = result;
    expectThat(
      worst.layer === a.layer && worst.parameter === a.parameter && worst.row === a.row && worst.col === a.col,
      () => `${what} with two entries off returned worst at ${at(worst)}, ${differences(worst)}; expected ${at(a)}, ${differences(a)}, the largest absolute difference. worst ranks entries by |numeric − analytic|, not by the relative difference.`,
    );
    const key = a.parameter === 'W' ? 'dW' : 'db';
    expectClose(worst, { layer: a.layer, parameter: a.parameter, row: a.row, col: a.col, numeric: numeric[a.layer][key][a.row][a.col], analytic: grads[a.layer][key][a.row][a.col] }, `${what}: its worst`, 1e-6);
  });

  it('keeps the first entry on a tie: with a constant cost and all-zero gradients, worst is W[0][0] of layers[0]', async () => {
    const net = nets[2];
    const zeros = gradients(net).map(({ dW, db }) => ({ dW: map(dW, () => 0), db: map(db, () => 0) }));
    const { result, what } = await runCheck(net, zeros, undefined, 1.5);
    const { worst } = result;
    const last = net.layers.length - 1;
    const lastRow = net.layers[last].b.length - 1;
    const isLast = worst.layer === last && worst.parameter === 'b' && worst.row === lastRow && worst.col === 0;
    const where = `${worst.parameter}[${worst.row}][${worst.col}] of layers[${worst.layer}]`;
    expectThat(
      worst.layer === 0 && worst.parameter === 'W' && worst.row === 0 && worst.col === 0,
      () => `${what} with a constant cost and all-zero gradients (every |numeric − analytic| is 0, a tie) returned worst at ${where}${isLast ? ', the last entry, which replacing worst on an equal difference (≥ in place of >) gives' : ''}; expected W[0][0] of layers[0], the first entry in the order layers[0] to the last, each W before its b, row by row. Replace worst only on a larger difference (>), so that on a tie the first entry found stays.`,
    );
    expectClose(worst, { layer: 0, parameter: 'W', row: 0, col: 0, numeric: 0, analytic: 0 }, `${what} with a constant cost and all-zero gradients: its worst`, 0);
  });

  it('points worst at the one wrong entry when a single entry of one dW or db is off', async () => {
    const net = nets[1];
    for (const [layer, parameter, row, col] of [[1, 'W', 2, 0], [0, 'b', 3, 0], [2, 'W', 0, 1]] as const) {
      const grads = gradients(net).map(({ dW, db }) => ({ dW: dW.map((r) => [...r]), db: db.map((r) => [...r]) }));
      const key = parameter === 'W' ? 'dW' : 'db';
      const right = grads[layer][key][row][col];
      grads[layer][key][row][col] = right + 0.5 * Math.abs(right) + 0.1;
      const { result, what } = await runCheck(net, grads);
      const { numeric } = referenceCheck(net, grads);
      const want = { layer, parameter, row, col, numeric: numeric[layer][key][row][col], analytic: grads[layer][key][row][col] };
      expectThat(result.passed === false, () => `${what} passed gradients whose ${key}[${row}][${col}] of layers[${layer}] is ${formatValue(want.analytic)} instead of ${formatValue(right)}.`);
      expectClose(result.worst, want, `${what} with only ${key}[${row}][${col}] of layers[${layer}] wrong: its worst`, 1e-6, {
        hint: 'worst is the entry with the largest |numeric − analytic|; layer is the index into layers (0 for the first), row and col the entry of W or b.',
      });
    }
  });

  it('reads relativeError as 0 when both gradients are all zeros, and as 1 when only the analytic one is not (a cost no parameter changes)', async () => {
    const net = nets[2];
    const zeros = gradients(net).map(({ dW, db }) => ({ dW: map(dW, () => 0), db: map(db, () => 0) }));
    const none = await runCheck(net, zeros, undefined, 1.5);
    expectThat(
      none.result.relativeError === 0 && none.result.passed === true,
      () => `${none.what} with a constant cost and all-zero gradients returned relativeError ${formatValue(none.result.relativeError)}, passed: ${none.result.passed}; expected 0 and true: both gradients are 0, so they agree (0/0 is read as 0, not NaN).`,
    );
    const some = await runCheck(net, gradients(net), undefined, 1.5);
    expectThat(
      Math.abs(some.result.relativeError - 1) < 1e-12 && some.result.passed === false,
      () => `${some.what} with a constant cost (numeric gradient 0) and non-zero analytic gradients returned relativeError ${formatValue(some.result.relativeError)}, passed: ${some.result.passed}; expected 1 (‖g − 0‖ / (‖g‖ + 0)) and false.`,
    );
  });

  it('uses the epsilon and threshold it is given', async () => {
    const net = nets[0];
    const right = gradients(net);
    const coarse = await runCheck(net, right, { epsilon: 1e-2 });
    const want = referenceCheck(net, right, 1e-2).relativeError;
    expectThat(
      Math.abs(coarse.result.relativeError - want) <= 1e-6 * want && coarse.result.passed === want < 1e-7,
      () => `${coarse.what} returned relativeError ${formatValue(coarse.result.relativeError)}, passed: ${coarse.result.passed}; with ε = 0.01 the centred differences give ${formatValue(want)}: use options.epsilon as the nudge.`,
    );
    const flipped = right.map(({ dW, db }) => ({ dW: times(dW, -1), db: times(db, -1) }));
    const loose = await runCheck(net, flipped, { threshold: 2 });
    expectThat(loose.result.passed === true, () => `${loose.what} returned passed: false for a relative error of ${formatValue(loose.result.relativeError)} below the threshold 2: passed is relativeError < options.threshold.`);
    const strict = await runCheck(net, right, { threshold: 1e-30 });
    expectThat(strict.result.passed === false, () => `${strict.what} returned passed: true for a relative error of ${formatValue(strict.result.relativeError)}, above the threshold 1e-30: passed is relativeError < options.threshold.`);
  });

  const net = nets[2];
  const right = gradients(net);
  const bad: { title: string; layers?: Net['layers']; grads: PlainGradients[]; options?: { epsilon: number }; because: string; naming?: { what: string; numbers: number[] } }[] = [
    { title: 'there are more gradients than layers', grads: [...right, right[0]], because: `there are 2 layers and 3 gradients`, naming: { what: 'both lengths', numbers: [2, 3] } },
    { title: 'there are fewer gradients than layers', grads: [right[1]], because: `there are 2 layers and 1 gradient`, naming: { what: 'both lengths', numbers: [2, 1] } },
    { title: 'a dW is transposed (a shape that differs from W)', grads: [{ dW: transposeM(right[0].dW), db: right[0].db }, right[1]], because: 'dW of layers[0] is (3×4) but W is (4×3)', naming: { what: 'both shapes', numbers: [3, 4] } },
    { title: 'there are no layers', layers: [], grads: [], because: 'there is nothing to check' },
    { title: 'epsilon is 0', grads: right, options: { epsilon: 0 }, because: 'a nudge of 0 divides 0 by 0' },
    { title: 'epsilon is negative', grads: right, options: { epsilon: -1e-5 }, because: 'ε = -0.00001 is not above 0' },
    { title: 'epsilon is NaN', grads: right, options: { epsilon: NaN }, because: 'ε = NaN is not above 0 (every centred difference would be NaN, and relativeError with it)' },
  ];
  for (const { title, layers, grads, options, because, naming } of bad) {
    it(`throws an Error when ${title}`, async () => {
      const target = layers ? { ...net, layers } : net;
      await expectThrows(
        chapter.probe('runGradientCheck', [target, grads, options]).then((run) => (run as CheckRun).result),
        `gradientCheck(cost, layers, grads${options ? `, ${formatValue(options)}` : ''}) when ${title}`,
        { because, naming, hint: 'Check the inputs before the first nudge: the number of layers and gradients, each dW and db against its W and b (rows and columns), and ε > 0.' },
      );
    });
  }
});
