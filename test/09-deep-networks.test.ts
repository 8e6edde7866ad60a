/**
 * Grader for chapter 9 (deep networks). For each exercise: the page's worked inputs
 * (docs/worked/09-deep-networks-inputs.ts) first, then the conventions the stub states, then
 * seeded random inputs against lib/ (shrunk to the smallest that still fails), every gradient also
 * against centred differences, then every "Throws" in both directions where there are two. A
 * misconception is named only when the result is exactly what that mistake gives and not the
 * right answer.
 *
 * gradientNormsByLayer runs the learner's own forwardPropagation and backwardPropagation
 * (chapters 6 and 7): while one of them is not passing, the report says it is blocked by that one
 * (course.ts: builtOn). heInit and dropoutForward are random: their statistics are checked first
 * (they hold whatever generator the learner used, and name the usual mistakes), then the exact
 * draws the stub asks for, against lib.
 */
import { describe, it } from './grader/runner/api.ts';
import { earlyStopping as referenceEarlyStopping } from '../lib/early-stopping.ts';
import { numericalGradient } from '../lib/gradcheck.ts';
import { gradientNorms } from '../lib/gradient-norms.ts';
import { heInit as referenceHeInit } from '../lib/init.ts';
import { Matrix } from '../lib/matrix.ts';
import { Mlp } from '../lib/network.ts';
import { createRandom } from '../lib/random.ts';
import * as regularization from '../lib/regularization.ts';
import {
  dropoutExample,
  earlyStoppingExample,
  gradientNormsExample,
  heExample,
  penaltyExample,
} from '../docs/worked/09-deep-networks-inputs.ts';
import type { DropoutResult, EarlyStop } from '#learner/09-deep-networks.ts';
import { dropoutScales, heScaleVariance, heStatisticsVariance, referenceDropout, statisticsSizes, varianceBound } from './causes/09-deep-networks.ts';
import { causeOf, decimal, expectClose, expectEqual, expectThat, expectThrows, fc, forAll, formatCall, formatValue, gradientAgreement, isClose, misconception, nameCause, openChapter } from './grader/index.ts';
import { onlyReading } from './causes/structured.ts';

const chapter = openChapter('09-deep-networks', {
  params: {
    gradientNormsByLayer: ['X', 'Y', 'layers', 'activations'],
    heInit: ['nIn', 'nOut', 'seed'],
    l2Penalty: ['layers', 'lambda', 'm'],
    l2Gradient: ['W', 'lambda', 'm'],
    l1Penalty: ['layers', 'lambda', 'm'],
    l1Gradient: ['W', 'lambda', 'm'],
    dropoutForward: ['A', 'keepProb', 'seed'],
    dropoutBackward: ['dA', 'mask', 'keepProb'],
    earlyStopping: ['validationCosts', 'patience'],
  },
});

type Grid = number[][];
type Layer = { W: Grid; b: Grid };
type Activation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax';

// Sums and products of a few dozen numbers below 10 in size: rounding noise is below 1e-13, and
// every mistake named below moves a value by far more than 1e-9 of its size.
const TOL = 1e-9;

const isNumber = (v: unknown): v is number => typeof v === 'number';
const isGrid = (v: unknown): v is Grid => Array.isArray(v) && v.every((row) => Array.isArray(row) && row.every(isNumber));
const mapGrid = (a: Grid, f: (v: number, i: number, j: number) => number): Grid => a.map((row, i) => row.map((v, j) => f(v, i, j)));
const shape = (a: Grid) => `(${a.length}×${a[0]?.length ?? 0})`;
const toGrid = (a: Matrix) => a.toArray();

/** The result must be a (rows×cols) matrix of numbers before its values are looked at. */
function expectShape(got: unknown, rows: number, cols: number, what: string, transposedHint?: string): asserts got is Grid {
  const fits = isGrid(got) && got.length === rows && got.every((row) => row.length === cols);
  if (fits) return;
  misconception(
    transposedHint !== undefined && rows !== cols && isGrid(got) && got.length === cols && got.every((row) => row.length === rows),
    () => `${what} returned a (${cols}×${rows}) matrix; expected (${rows}×${cols}). ${transposedHint}`,
  );
  expectThat(false, () => `${what} returned ${formatValue(got)}; expected a (${rows}×${cols}) matrix: an array of ${rows} rows, each an array of ${cols} numbers.`);
}

// ---------------------------------------------------------------------------------------------
// Random inputs. Matrices and networks are drawn at their largest and cut to a random size, so
// that fast-check shrinks the shape along with the entries (see sameLength in grader/property.ts).

function gridOf(maxRows: number, maxCols: number, entry: fc.Arbitrary<number> = decimal(3)): fc.Arbitrary<Grid> {
  return fc
    .record({
      rows: fc.integer({ min: 1, max: maxRows }),
      cols: fc.integer({ min: 1, max: maxCols }),
      full: fc.array(fc.array(entry, { minLength: maxCols, maxLength: maxCols }), { minLength: maxRows, maxLength: maxRows }),
    })
    .map(({ rows, cols, full }) => full.slice(0, rows).map((row) => row.slice(0, cols)));
}

/** 1 to maxDepth layers whose shapes chain (W[l] is n_l × n_{l−1}), widths 1 to maxWidth. */
function layersOf(maxDepth: number, maxWidth: number, entry: fc.Arbitrary<number> = decimal(3)) {
  const square = fc.array(fc.array(entry, { minLength: maxWidth, maxLength: maxWidth }), { minLength: maxWidth, maxLength: maxWidth });
  return fc
    .record({
      depth: fc.integer({ min: 1, max: maxDepth }),
      sizes: fc.array(fc.integer({ min: 1, max: maxWidth }), { minLength: maxDepth + 1, maxLength: maxDepth + 1 }),
      weights: fc.array(square, { minLength: maxDepth, maxLength: maxDepth }),
      biases: fc.array(fc.array(entry, { minLength: maxWidth, maxLength: maxWidth }), { minLength: maxDepth, maxLength: maxDepth }),
    })
    .map(({ depth, sizes, weights, biases }) =>
      Array.from({ length: depth }, (_, l): Layer => ({
        W: weights[l].slice(0, sizes[l + 1]).map((row) => row.slice(0, sizes[l])),
        b: biases[l].slice(0, sizes[l + 1]).map((v) => [v]),
      })),
    );
}

/** λ in tenths from 0.1 to 5 and m from 1 to 20. */
const lambdaArb = fc.integer({ min: 1, max: 50 }).map((k) => k / 10);
const mArb = fc.integer({ min: 1, max: 20 });

// ---------------------------------------------------------------------------------------------

describe('gradientNormsByLayer', () => {
  /** lib's network with the same weights, biases and activations. */
  function referenceNet(X: Grid, layers: Layer[], activations: Activation[]): Mlp {
    return Mlp.fromJSON({
      sizes: [X.length, ...layers.map((l) => l.W.length)],
      hidden: activations.slice(0, -1) as ('linear' | 'relu' | 'sigmoid' | 'tanh')[],
      output: activations[activations.length - 1] as 'softmax' | 'sigmoid',
      dropout: 0,
      weights: layers.map((l) => l.W),
      biases: layers.map((l) => l.b.map((row) => row[0])),
    });
  }

  /** Every layer's dW and db, from lib, for the diagnoses. */
  function referenceGradients(X: Grid, Y: Grid, layers: Layer[], activations: Activation[]) {
    const net = referenceNet(X, layers, activations);
    net.run(Matrix.from(X), false);
    net.backward(Matrix.from(Y));
    return net.dense.map((d) => ({ dW: toGrid(d.weight.grad), db: toGrid(d.bias.grad) }));
  }

  async function checkNorms({ X, Y, layers, activations }: { X: Grid; Y: Grid; layers: Layer[]; activations: Activation[] }) {
    const args = [X, Y, layers, activations];
    const what = formatCall('gradientNormsByLayer', args);
    const got = await chapter.call<unknown>('gradientNormsByLayer', args);
    const want = gradientNorms(referenceNet(X, layers, activations), Matrix.from(X), Matrix.from(Y));
    const L = layers.length;
    expectThat(
      Array.isArray(got) && got.length === L && got.every(isNumber),
      () => `${what} returned ${formatValue(got)}; expected an array of ${L} ${L === 1 ? 'number' : 'numbers'}, one norm per layer.`,
    );
    const norms = got as number[];
    const tol = TOL * Math.max(1, ...want);
    const gradients = referenceGradients(X, Y, layers, activations);
    // Each named only when it alone gives these norms (test/causes/structured.ts): with one layer,
    // or layers of equal norms, the order cannot show; a norm of 1 is its own square; where db is 0
    // the norm of dW and db together is dW's. The sum of the entries' sizes is a rival, not named.
    const named = onlyReading(
      norms,
      want,
      {
        'last layer first': [...want].reverse(),
        squares: want.map((v) => v * v),
        'with db': gradients.map(({ dW, db }) => Math.hypot(...dW.flat(), ...db.flat())),
        'sum of sizes': gradients.map(({ dW }) => dW.flat().reduce((sum, g) => sum + Math.abs(g), 0)),
      },
      tol,
    );
    misconception(
      named === 'last layer first',
      () => `${what} returned ${formatValue(got)}: the norms come last layer first. backwardPropagation returns its gradients first layer first (grads[0] is layer 1's), and so does gradientNormsByLayer: expected ${formatValue(want)}.`,
    );
    misconception(
      named === 'squares',
      () => `${what} returned ${formatValue(got)}, the squares of the norms: Σ dW[i][j]² without the square root. The Frobenius norm is √(Σ dW[i][j]²): expected ${formatValue(want)}.`,
    );
    misconception(
      named === 'with db',
      () => `${what} returned ${formatValue(got)}, the norms of dW and db together; the norm is of dW alone (the weights' gradient): expected ${formatValue(want)}.`,
    );
    expectClose(norms, want, what, tol);
  }

  /**
   * Random networks of depth 1 to 4 with non-square layers and batches of 1 to 4: hidden layers
   * relu, sigmoid, tanh or linear; a softmax output of 2 to 4 classes, or one sigmoid unit. A
   * network where some ReLU's z is within 1e-9 of 0 is left out: there, summing W A in another
   * order can put z on the other side of the kink, and ReLU's slope with it.
   */
  const network = fc
    .record({
      layers: layersOf(4, 5, decimal(2)),
      hidden: fc.array(fc.constantFrom<Activation>('relu', 'sigmoid', 'tanh', 'linear'), { minLength: 3, maxLength: 3 }),
      m: fc.integer({ min: 1, max: 4 }),
      x: fc.array(fc.array(decimal(3), { minLength: 4, maxLength: 4 }), { minLength: 5, maxLength: 5 }),
      labels: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    })
    .map(({ layers, hidden, m, x, labels }) => {
      const L = layers.length;
      const classes = layers[L - 1].W.length;
      const activations: Activation[] = [...hidden.slice(0, L - 1), classes === 1 ? 'sigmoid' : 'softmax'];
      const X = x.slice(0, layers[0].W[0].length).map((row) => row.slice(0, m));
      const label = labels.slice(0, m).map((k) => k % Math.max(classes, 2));
      const Y = classes === 1 ? [label] : Array.from({ length: classes }, (_, i) => label.map((k) => (k === i ? 1 : 0)));
      return { X, Y, layers, activations };
    })
    .filter(({ X, layers, activations }) => {
      const net = referenceNet(X, layers, activations);
      net.run(Matrix.from(X), false);
      return net.dense.every((d, l) => activations[l] !== 'relu' || (d.cache as { z: Matrix }).z.data.every((v) => Math.abs(v) >= 1e-9));
    });

  it('gives the norms of the page’s deep sigmoid network (2-3-3-3-2, three examples)', async () => {
    await checkNorms(gradientNormsExample);
  });

  it('gives the norms of the page’s network for a batch of one example', async () => {
    const { X, Y, layers, activations } = gradientNormsExample;
    await checkNorms({ X: X.map((row) => [row[0]]), Y: Y.map((row) => [row[0]]), layers, activations });
  });

  it('matches the reference on random networks (depth 1 to 4, non-square layers, batches of 1 to 4), leaving every input unchanged', async () => {
    await forAll('gradientNormsByLayer/random', network, checkNorms, { numRuns: 30 });
  });
});

// ---------------------------------------------------------------------------------------------

describe('heInit', () => {
  const transposed = 'W has one row per unit of the layer (nOut) and one column per input (nIn): (nOut × nIn), so that W times a column of nIn inputs gives nOut values.';

  /** What the report says a variance is, for each reading of test/causes/09-deep-networks.ts it names. */
  const sayings: Partial<Record<keyof typeof heScaleVariance.readings, string>> = {
    LeCun: "1/nIn, the variance of LeCun's initialisation (the default of chapter 6's initializeParameters): He doubles it to 2/nIn",
    Xavier: "2/(nIn + nOut), Xavier's variance for tanh and sigmoid: He's is 2/nIn",
    'fan-out': '2/nOut: the variance is set by the fan-in, the number of inputs nIn, not by the number of units',
    squared: 'the square of 2/nIn: the entries were multiplied by the variance 2/nIn instead of the standard deviation √(2/nIn)',
    unscaled: '1: the draws were not scaled at all',
  };

  /** The variance of heInit(nIn, nOut, seed) when it is the right draws at another scale c: c² · 2/nIn. */
  async function scaledVariance(nIn: number, nOut: number, seed: number, got?: unknown): Promise<number | undefined> {
    const result = got ?? (await chapter.call<unknown>('heInit', [nIn, nOut, seed]).catch(() => undefined));
    const want = toGrid(referenceHeInit(nOut, nIn, createRandom(seed)));
    if (!isGrid(result) || result.length !== nOut || result.some((row) => row.length !== nIn)) return undefined;
    const k = want.flat().findIndex((v) => Math.abs(v) > 1e-3);
    const c = k < 0 ? NaN : result.flat()[k] / want.flat()[k];
    return Number.isFinite(c) && c > 0 && isClose(result, mapGrid(want, (v) => c * v), 1e-9) ? c * c * (2 / nIn) : undefined;
  }

  /** The same seed must give the same matrix, and the next seed another. */
  async function expectSeeded(nIn: number, nOut: number, seed: number, first: unknown) {
    const what = (s: number) => formatCall('heInit', [nIn, nOut, s]);
    const again = await chapter.call<unknown>('heInit', [nIn, nOut, seed]);
    const other = await chapter.call<unknown>('heInit', [nIn, nOut, seed + 1]);
    expectThat(
      JSON.stringify(first) === JSON.stringify(again),
      () => `${what(seed)} gave two different matrices when called twice: draw every number from random = createRandom(seed), never from Math.random, so that a seed repeats a run.`,
    );
    misconception(
      JSON.stringify(first) === JSON.stringify(other),
      () => `${what(seed)} and ${what(seed + 1)} gave the same matrix: heInit ignores its seed. Start the generator from it, createRandom(seed), so that different seeds give different networks.`,
    );
  }

  async function checkHe(nIn: number, nOut: number, seed: number) {
    const args = [nIn, nOut, seed];
    const what = formatCall('heInit', args);
    const got = await chapter.call<unknown>('heInit', args);
    expectShape(got, nOut, nIn, what, transposed);
    const want = toGrid(referenceHeInit(nOut, nIn, createRandom(seed)));
    if (isClose(got, want, 1e-12)) return;
    // The same draws at another scale: got = c · want for one c, so the variance is c² · 2/nIn.
    const variance = await scaledVariance(nIn, nOut, seed, got);
    if (variance !== undefined) {
      const cause = await nameCause(heScaleVariance, [nIn, nOut], variance, ([p, q]) => scaledVariance(p, q, seed));
      const mistake = cause && sayings[cause];
      misconception(
        mistake !== undefined,
        () => `${what} returned ${formatValue(got)}: the right draws at the wrong scale, with variance ${mistake}. Expected variance 2/nIn = ${formatValue(2 / nIn)}: ${formatValue(want)}.`,
      );
    }
    await expectSeeded(nIn, nOut, seed, got);
    // Drawn column by column instead of row by row: the same numbers in the other order.
    const byColumns = (() => {
      const random = createRandom(seed);
      const w: Grid = Array.from({ length: nOut }, () => new Array<number>(nIn).fill(0));
      for (let j = 0; j < nIn; j++) for (let i = 0; i < nOut; i++) w[i][j] = Math.sqrt(2 / nIn) * random.gaussian();
      return w;
    })();
    misconception(
      nIn > 1 && nOut > 1 && isClose(got, byColumns, 1e-12),
      () => `${what} drew the right numbers in the wrong order: column by column (W[0][0], W[1][0], …). Draw row by row, W[0][0], W[0][1], …, as the stub says, so that a seed gives the same matrix everywhere: expected ${formatValue(want)}.`,
    );
    // A different formula for the same standard deviation rounds differently in the last bits.
    expectClose(got, want, `${what} (drawn row by row from createRandom(${seed}).gaussian())`, 1e-12);
  }

  it('gives the page’s matrix (4 inputs, 3 units, seed 1)', async () => {
    await checkHe(heExample.nIn, heExample.nOut, heExample.seed);
  });

  it('has the statistics of N(0, 2/nIn): mean 0, variance 2/nIn, Gaussian tails (200 inputs, 120 units)', async () => {
    const [nIn, nOut, seed] = [...statisticsSizes, 7];
    const args = [nIn, nOut, seed];
    const what = formatCall('heInit', args);
    const got = await chapter.call<unknown>('heInit', args);
    expectShape(got, nOut, nIn, what, transposed);
    const values = got.flat();
    const N = values.length;
    const mean = values.reduce((s, v) => s + v, 0) / N;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (N - 1);
    const kurtosis = values.reduce((s, v) => s + (v - mean) ** 4, 0) / N / variance ** 2;
    const target = 2 / nIn;
    // Every bound is 6 standard errors of its statistic over N = 24,000 Gaussian draws: the mean's
    // is σ/√N (σ = √(2/nIn) = 0.1), the variance's, relative to it, √(2/(N − 1)) (so 5.5 %), the
    // kurtosis's about √(24/N) (0.19). Any right implementation, whatever its generator, lands
    // outside with a probability of about 2e-9 per bound; every reading declared in
    // test/causes/09-deep-networks.ts is far outside (the nearest, 1/nOut, is 17 % below 2/nIn),
    // and a course test proves they are apart from each other. With createRandom the draws, and
    // so these statistics, are the same on every run.
    const sd = Math.sqrt(target);
    const meanBound = (6 * sd) / Math.sqrt(N);
    const kurtosisBound = 6 * Math.sqrt(24 / N);
    misconception(
      Math.abs(mean - 0.5 * sd) < 0.05 * sd,
      () => `${what}: the entries' mean is ${formatValue(mean)}, about half the standard deviation √(2/nIn) = ${formatValue(sd)}: uniform numbers in [0, 1) scaled (random.next()) instead of Gaussian ones. Use random.gaussian(), whose mean is 0.`,
    );
    expectThat(
      Math.abs(mean) < meanBound,
      () => `${what}: the entries' mean is ${formatValue(mean)}; He's distribution has mean 0 (over ${N} draws the mean should be within ${formatValue(meanBound)} of 0).`,
    );
    const cause = causeOf(heStatisticsVariance, statisticsSizes, variance);
    const mistake = cause && sayings[cause];
    misconception(mistake !== undefined, () => `${what}: the entries' variance is ${formatValue(variance)}, which is ${mistake} (expected 2/nIn = ${formatValue(target)}).`);
    expectThat(
      Math.abs(variance / target - 1) < varianceBound,
      () => `${what}: the entries' variance is ${formatValue(variance)}; expected 2/nIn = ${formatValue(target)} (within ${formatValue(100 * varianceBound)} %). Multiply each standard normal draw by the standard deviation √(2/nIn).`,
    );
    expectThat(
      Math.abs(kurtosis - 3) < kurtosisBound,
      () => `${what}: the entries have the right variance but a kurtosis of ${formatValue(kurtosis)} where a Gaussian's is 3${Math.abs(kurtosis - 1.8) < kurtosisBound ? " (1.8 is a uniform distribution's)" : ''}: draw them with random.gaussian().`,
    );
  });

  it('gives the same matrix for the same seed, and another for another seed', async () => {
    await expectSeeded(6, 5, 11, await chapter.call<unknown>('heInit', [6, 5, 11]));
  });

  it('matches the reference for random sizes (1 to 8 inputs and units, non-square) and seeds', async () => {
    const input = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 1000 }));
    await forAll('heInit/random', input, ([nIn, nOut, seed]) => checkHe(nIn, nOut, seed));
  });

  const bad: [number, number, string, number][] = [
    [0, 3, 'nIn = 0 is not a number of inputs of at least 1', 0],
    [3, 0, 'nOut = 0 is not a number of units of at least 1', 0],
    [2.5, 3, 'nIn = 2.5 is not a whole number', 2.5],
    [3, -2, 'nOut = -2 is not a whole number of at least 1', -2],
  ];
  for (const [nIn, nOut, because, value] of bad) {
    it(`throws an Error naming the value when ${because.split(' is ')[0]}`, async () => {
      const args = [nIn, nOut, 1];
      await expectThrows(chapter.call('heInit', args), formatCall('heInit', args), {
        because,
        naming: { what: 'the value', numbers: [value] },
        hint: 'Check Number.isInteger(n) && n >= 1 for both nIn and nOut before drawing anything, and put the value in the message.',
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The penalties and their gradients.

const weightsOf = (layers: Layer[]) => layers.map((l) => Matrix.from(l.W));
const sumSquares = (grids: Grid[]) => grids.reduce((s, g) => s + g.flat().reduce((t, v) => t + v * v, 0), 0);
const sumAbs = (grids: Grid[]) => grids.reduce((s, g) => s + g.flat().reduce((t, v) => t + Math.abs(v), 0), 0);

/** The "Throws" of every penalty and gradient: m must be above 0, whichever way it is not. */
function throwsForM(name: string, first: unknown) {
  for (const m of [0, -2, NaN]) {
    it(`throws an Error naming m when m = ${m}`, async () => {
      const args = [first, 0.1, m];
      await expectThrows(chapter.call(name, args), formatCall(name, args), {
        because: `m = ${m} is not a number of examples above 0 (the penalty divides by m${Number.isNaN(m) ? ', and NaN fails every comparison: m <= 0 lets it through' : ''})`,
        naming: { what: 'm', numbers: [m] },
        hint: 'Check !(m > 0) first (which also catches NaN) and throw an Error that names m.',
      });
    });
  }
}

describe('l2Penalty', () => {
  async function checkPenalty(layers: Layer[], lambda: number, m: number) {
    const args = [layers, lambda, m];
    const what = formatCall('l2Penalty', args);
    const got = await chapter.call<unknown>('l2Penalty', args);
    const want = regularization.l2Penalty(weightsOf(layers), lambda, m);
    expectThat(isNumber(got), () => `${what} returned ${formatValue(got)}; expected a number, the penalty ${formatValue(want)}.`);
    const biases = (lambda / (2 * m)) * sumSquares(layers.map((l) => l.b));
    // Each named only when it alone gives this number (test/causes/structured.ts): with m = 2,
    // twice the penalty is also the penalty without its 1/m.
    const named = onlyReading(got, want, {
      biases: biases > 1e-6 ? want + biases : undefined,
      'without the half': want > 1e-6 ? 2 * want : undefined,
      'without 1/m': m > 1 && want > 1e-6 ? m * want : undefined,
    });
    misconception(
      named === 'biases',
      () => `${what} returned ${formatValue(got)}, which includes the biases' squares (λ/2m)Σb² = ${formatValue(biases)}. Only the weights are penalised: expected ${formatValue(want)}.`,
      { hint: 'Add up layer.W\'s squares only: a bias shifts a unit without making the function any more complicated, so it is not penalised.' },
    );
    misconception(
      named === 'without the half',
      () => `${what} returned ${formatValue(got)}, exactly twice the expected ${formatValue(want)}: that is (λ/m) Σ W², without the 1/2. The penalty is (λ/2m) Σ W², so that its gradient comes out as (λ/m) W.`,
    );
    misconception(
      named === 'without 1/m',
      () => `${what} returned ${formatValue(got)}, exactly m = ${m} times the expected ${formatValue(want)}: the division by m is missing. The penalty is (λ/2m) Σ W², on the same per-example scale as the cost.`,
    );
    expectClose(got, want, what, TOL * Math.max(1, want));
  }

  it('gives the penalty of the page’s 2-3-1 network (λ = 0.1, m = 4)', async () => {
    await checkPenalty(penaltyExample.layers, penaltyExample.lambda, penaltyExample.m);
  });

  it('gives 0 for no layers', async () => {
    await checkPenalty([], 0.5, 3);
  });

  it('matches the reference on random networks (1 to 3 layers), λ and m, leaving the layers unchanged', async () => {
    await forAll('l2Penalty/random', fc.tuple(layersOf(3, 4), lambdaArb, mArb), ([layers, lambda, m]) => checkPenalty(layers, lambda, m));
  });

  throwsForM('l2Penalty', penaltyExample.layers);
});

describe('l2Gradient', () => {
  const penaltyOf = (W: Grid, lambda: number, m: number) => (w: number[]) =>
    regularization.l2Penalty([new Matrix(W.length, W[0].length, Float64Array.from(w))], lambda, m);

  async function checkGradient(W: Grid, lambda: number, m: number) {
    const args = [W, lambda, m];
    const what = formatCall('l2Gradient', args);
    const got = await chapter.call<unknown>('l2Gradient', args);
    expectShape(got, W.length, W[0].length, what);
    const want = toGrid(regularization.l2Gradient(Matrix.from(W), lambda, m));
    const nonzero = W.flat().some((w) => w !== 0);
    const right = isClose(got, want);
    misconception(
      nonzero && !right && got.flat().every((g) => g === 0),
      () => `${what} returned only zeros: the penalty's own gradient is missing. A penalty added to the cost but not to the gradient changes the number printed and nothing else; the gradient of (λ/2m) Σ W² with respect to W is (λ/m) W = ${formatValue(want)}.`,
      { hint: 'd/dw of (λ/2m) w² is (λ/m) w: return a new matrix with (lambda / m) * w in place of every w.' },
    );
    const named: [number, string][] = [
      [m / lambda, 'W itself, without the factor λ/m'],
      [1 / 2, '(λ/2m) W: the 1/2 of the penalty cancels against the 2 of d(w²)/dw = 2w'],
      [m, 'λ W, without the 1/m'],
      [-1, '−(λ/m) W: the sign is flipped (the penalty grows with |w|, so its gradient points away from 0)'],
    ];
    // Named only when one mistake alone gives this result (test/causes/structured.ts): with λ = 2
    // and m = 1, W itself is also (λ/2m) W.
    const fit = nonzero ? onlyReading(got, want, Object.fromEntries(named.map(([factor, reading]) => [reading, mapGrid(want, (g) => factor * g)]))) : undefined;
    misconception(fit !== undefined, () => `${what} returned ${formatValue(got)}, which is ${fit}. Expected (λ/m) W = ${formatValue(want)}.`);
    expectClose(got, want, what, TOL * Math.max(1, ...want.flat().map(Math.abs)));
  }

  it('gives the gradient for each layer of the page’s network (λ = 0.1, m = 4)', async () => {
    for (const { W } of penaltyExample.layers) await checkGradient(W, penaltyExample.lambda, penaltyExample.m);
  });

  it('matches the reference on random matrices (non-square, one row or column), λ and m, leaving W unchanged', async () => {
    await forAll('l2Gradient/random', fc.tuple(gridOf(5, 5), lambdaArb, mArb), ([W, lambda, m]) => checkGradient(W, lambda, m));
  });

  it('is the derivative of the L2 penalty: centred differences of (λ/2m) Σ W² agree (relative error below 1e-7)', async () => {
    await forAll('l2Gradient/centred-differences', fc.tuple(gridOf(5, 5), lambdaArb, mArb), async ([W, lambda, m]) => {
      const args = [W, lambda, m];
      const what = formatCall('l2Gradient', args);
      const got = await chapter.call<unknown>('l2Gradient', args);
      expectShape(got, W.length, W[0].length, what);
      // The penalty is quadratic, so the centred difference is exact but for rounding: about
      // 1e-16 · (the penalty) / h per entry, below 1e-9 of the gradient's size here.
      // Judged as a whole matrix (test/grader/gradient.ts); the penalty's terms are all positive,
      // so its value is the size of what was summed.
      const numerical = [...numericalGradient(penaltyOf(W, lambda, m), W.flat())];
      const { agrees, relativeError: error } = gradientAgreement(got.flat(), numerical, { magnitude: penaltyOf(W, lambda, m)(W.flat()) });
      expectThat(
        agrees,
        () => `${what} returned ${formatValue(got)}, but nudging each weight up and down by h = 1e-5 and measuring the change of the penalty (λ/2m) Σ W² gives ${formatValue(numerical)}: a relative error of ${formatValue(error)} (above 1e-7). l2Gradient must be the derivative of l2Penalty with respect to W.`,
      );
    });
  });

  throwsForM('l2Gradient', [[1, -2]]);
});

describe('l1Penalty', () => {
  async function checkPenalty(layers: Layer[], lambda: number, m: number) {
    const args = [layers, lambda, m];
    const what = formatCall('l1Penalty', args);
    const got = await chapter.call<unknown>('l1Penalty', args);
    const want = regularization.l1Penalty(weightsOf(layers), lambda, m);
    expectThat(isNumber(got), () => `${what} returned ${formatValue(got)}; expected a number, the penalty ${formatValue(want)}.`);
    const biases = (lambda / m) * sumAbs(layers.map((l) => l.b));
    const squares = (lambda / m) * sumSquares(layers.map((l) => l.W));
    // Each named only when it alone gives this number (test/causes/structured.ts).
    const named = onlyReading(got, want, {
      biases: biases > 1e-6 ? want + biases : undefined,
      squares,
      'half the squares': squares / 2,
      'with a half': want > 1e-6 ? want / 2 : undefined,
    });
    misconception(
      named === 'biases',
      () => `${what} returned ${formatValue(got)}, which includes the biases' sizes (λ/m)Σ|b| = ${formatValue(biases)}. Only the weights are penalised: expected ${formatValue(want)}.`,
    );
    misconception(
      named === 'squares' || named === 'half the squares',
      () => `${what} returned ${formatValue(got)}, a sum of squares: that is the L2 penalty. L1 adds up the sizes |w|: expected (λ/m) Σ |W| = ${formatValue(want)}.`,
    );
    misconception(
      named === 'with a half',
      () => `${what} returned ${formatValue(got)}, half the expected ${formatValue(want)}: that is (λ/2m) Σ |W|. The 1/2 belongs to L2 (where it cancels the 2 of the square's derivative); L1 is (λ/m) Σ |W|.`,
    );
    expectClose(got, want, what, TOL * Math.max(1, want));
  }

  it('gives the penalty of the page’s 2-3-1 network (λ = 0.1, m = 4)', async () => {
    await checkPenalty(penaltyExample.layers, penaltyExample.lambda, penaltyExample.m);
  });

  it('gives 0 for no layers', async () => {
    await checkPenalty([], 0.5, 3);
  });

  it('matches the reference on random networks (1 to 3 layers), λ and m, leaving the layers unchanged', async () => {
    await forAll('l1Penalty/random', fc.tuple(layersOf(3, 4), lambdaArb, mArb), ([layers, lambda, m]) => checkPenalty(layers, lambda, m));
  });

  throwsForM('l1Penalty', penaltyExample.layers);
});

describe('l1Gradient', () => {
  async function checkGradient(W: Grid, lambda: number, m: number) {
    const args = [W, lambda, m];
    const what = formatCall('l1Gradient', args);
    const got = await chapter.call<unknown>('l1Gradient', args);
    expectShape(got, W.length, W[0].length, what);
    const want = toGrid(regularization.l1Gradient(Matrix.from(W), lambda, m));
    const k = lambda / m;
    // At w = 0, a subgradient of any value in [−λ/m, λ/m] is defensible; this course's is 0.
    for (let i = 0; i < W.length; i++) {
      for (let j = 0; j < W[i].length; j++) {
        if (W[i][j] !== 0 || got[i][j] === 0) continue;
        misconception(
          isClose(Math.abs(got[i][j]), k),
          () => `${what} returned ${formatValue(got[i][j])} at [${i}][${j}], where the weight is exactly 0. |w| has no slope at 0; this course takes sign(0) = 0 there (a subgradient), which leaves a zero weight where it is. Use Math.sign(w), not a test such as w >= 0 ? 1 : -1.`,
          { hint: 'Math.sign(0) is 0: (lambda / m) * Math.sign(w) gives the convention without a special case.' },
        );
      }
    }
    // Each named only when it alone gives this result (test/causes/structured.ts): where every
    // weight is 0 or ±1, L2's gradient is L1's.
    const fit = onlyReading(got, want, { 'sign flipped': mapGrid(want, (g) => -g), 'L2 gradient': toGrid(regularization.l2Gradient(Matrix.from(W), lambda, m)) });
    misconception(
      fit === 'sign flipped',
      () => `${what} returned ${formatValue(got)}: every sign is flipped. The penalty (λ/m) Σ|w| grows as w moves away from 0, so its gradient is (λ/m) sign(W) = ${formatValue(want)}, and the descent step pulls each weight towards 0.`,
    );
    misconception(
      fit === 'L2 gradient',
      () => `${what} returned ${formatValue(got)}, which is (λ/m) W, L2's gradient. L1's is (λ/m) sign(W) = ${formatValue(want)}: the same size, λ/m, for every weight that is not 0.`,
    );
    expectClose(got, want, what, TOL * Math.max(1, k));
  }

  it('gives the gradient for each layer of the page’s network, with 0 where a weight is exactly 0', async () => {
    for (const { W } of penaltyExample.layers) await checkGradient(W, penaltyExample.lambda, penaltyExample.m);
  });

  it('takes sign(0) = 0: a matrix of zeros has a gradient of zeros', async () => {
    await checkGradient([[0, 0, 0], [0, 0, 0]], 0.5, 2);
  });

  it('matches the reference on random matrices with zeros among the weights, leaving W unchanged', async () => {
    const entry = fc.oneof(decimal(3), fc.constant(0));
    await forAll('l1Gradient/random', fc.tuple(gridOf(5, 5, entry), lambdaArb, mArb), ([W, lambda, m]) => checkGradient(W, lambda, m));
  });

  it('is the derivative of the L1 penalty away from 0: centred differences of (λ/m) Σ |W| agree (relative error below 1e-7)', async () => {
    // Weights at least 0.1 from 0, where |w| is smooth for a nudge of h = 1e-5 either way.
    const entry = decimal(3).filter((w) => Math.abs(w) >= 0.1);
    await forAll('l1Gradient/centred-differences', fc.tuple(gridOf(5, 5, entry), lambdaArb, mArb), async ([W, lambda, m]) => {
      const args = [W, lambda, m];
      const what = formatCall('l1Gradient', args);
      const got = await chapter.call<unknown>('l1Gradient', args);
      expectShape(got, W.length, W[0].length, what);
      const f = (w: number[]) => regularization.l1Penalty([new Matrix(W.length, W[0].length, Float64Array.from(w))], lambda, m);
      const numerical = [...numericalGradient(f, W.flat())];
      const { agrees, relativeError: error } = gradientAgreement(got.flat(), numerical, { magnitude: f(W.flat()) });
      expectThat(
        agrees,
        () => `${what} returned ${formatValue(got)}, but nudging each weight up and down by h = 1e-5 and measuring the change of the penalty (λ/m) Σ |W| gives ${formatValue(numerical)}: a relative error of ${formatValue(error)} (above 1e-7).`,
      );
    });
  });

  throwsForM('l1Gradient', [[1, -2]]);
});

// ---------------------------------------------------------------------------------------------
// Dropout.


const keepProbArb = fc.integer({ min: 1, max: 10 }).map((k) => k / 10);

describe('dropoutForward', () => {
  function expectResult(got: unknown, A: Grid, what: string): asserts got is DropoutResult {
    expectThat(
      !!got && typeof got === 'object' && 'A' in got && 'mask' in got,
      () => `${what} returned ${formatValue(got)}; expected an object { A, mask }: the output and the 0/1 mask it used.`,
    );
    const { A: out, mask } = got as DropoutResult;
    expectShape(out, A.length, A[0].length, `${what}.A`);
    expectShape(mask, A.length, A[0].length, `${what}.mask`);
  }

  /**
   * The output against the learner's own mask, whatever generator drew it: this names the
   * scaling mistakes on any mask with at least one kept entry.
   */
  function checkScaling(got: DropoutResult, A: Grid, keepProb: number, what: string) {
    const { A: out, mask } = got;
    const values = mask.flat();
    misconception(
      keepProb < 1 && values.every((v) => v === 0 || isClose(v, 1 / keepProb)) && values.some((v) => v !== 0),
      () => `${what} returned a mask with entries ${formatValue(1 / keepProb)} = 1/keepProb: that is the scaled mask. Return the mask as 0s and 1s (1 where the unit was kept); the output is A ⊙ mask / keepProb.`,
    );
    expectThat(
      values.every((v) => v === 0 || v === 1),
      () => `${what} returned the mask ${formatValue(mask)}; expected only 0s and 1s (1 where the unit was kept, 0 where it was dropped).`,
    );
    // Each named only when it alone gives this output (test/causes/09-deep-networks.ts).
    const { right, readings } = dropoutScales(A, mask, keepProb);
    const scaling = onlyReading(out, right, readings);
    misconception(
      scaling === 'not rescaled',
      () => `${what} returned A ⊙ mask without rescaling: the kept values are not divided by keepProb = ${keepProb}. Without it each output's expected value is keepProb times its input's, so the next layer sees smaller numbers in training than at test time. Inverted dropout returns A ⊙ mask / keepProb.`,
      { hint: 'Divide every kept value by keepProb: out[i][j] = A[i][j] * mask[i][j] / keepProb.' },
    );
    misconception(
      scaling === 'divided by the drop probability',
      () => `${what} divided the kept values by 1 − keepProb = ${formatValue(1 - keepProb)}, the probability of dropping a unit. Divide by keepProb = ${keepProb}, the probability of keeping one: then E[output] = keepProb · a / keepProb = a.`,
    );
    misconception(
      scaling === 'multiplied by keepProb',
      () => `${what} multiplied the kept values by keepProb = ${keepProb}: that is the test-time scaling of the original dropout, the wrong way round. Inverted dropout divides by keepProb while training, so that nothing needs scaling at test time.`,
    );
    expectThat(
      isClose(out, right),
      () => `${what} returned A = ${formatValue(out)} with mask ${formatValue(mask)}; with that mask the output is A ⊙ mask / keepProb = ${formatValue(right)}.`,
    );
  }

  async function checkDropout(A: Grid, keepProb: number, seed: number) {
    const args = [A, keepProb, seed];
    const what = formatCall('dropoutForward', args);
    const got = await chapter.call<unknown>('dropoutForward', args);
    expectResult(got, A, what);
    checkScaling(got, A, keepProb, what);
    const want = referenceDropout(A, keepProb, seed);
    const flipped = mapGrid(want.mask, (v) => 1 - v);
    misconception(
      keepProb < 1 && JSON.stringify(got.mask) !== JSON.stringify(want.mask) && JSON.stringify(got.mask) === JSON.stringify(flipped),
      () => `${what} kept exactly the entries whose draw is at or above keepProb, and dropped the others: keepProb is the probability of keeping a unit, so keep entry (i, j) when its draw random.next() is below keepProb.`,
    );
    expectEqual(got.mask, want.mask, `${what}.mask (one createRandom(${seed}).next() per entry, row by row, kept when below ${keepProb})`);
    expectClose(got.A, want.A, what, TOL * Math.max(1, ...A.flat().map(Math.abs)) / keepProb);
  }

  it('drops and rescales the page’s activations (keepProb = 0.8, seed 9)', async () => {
    await checkDropout(dropoutExample.A, dropoutExample.keepProb, dropoutExample.seed);
  });

  it('keeps everything when keepProb = 1: the output equals A and the mask is all ones', async () => {
    const { A } = dropoutExample;
    const what = formatCall('dropoutForward', [A, 1, 3]);
    const got = await chapter.call<unknown>('dropoutForward', [A, 1, 3]);
    expectResult(got, A, what);
    expectEqual(got.mask, mapGrid(A, () => 1), `${what}.mask`);
    expectEqual(got.A, A, `${what}.A`);
  });

  it('keeps about keepProb of the units, and keeps each entry’s expected value (24,000 entries, keepProb = 0.8)', async () => {
    const keepProb = 0.8;
    // Rows made by Array.from, not new Array(240).fill(1): an array with holes (as new Array(n)
    // makes, filled or not) is copied to the worker and back item by item, 15 times slower here.
    const ones = Array.from({ length: 100 }, () => Array.from({ length: 240 }, () => 1));
    const args = [ones, keepProb, 5];
    const what = `dropoutForward(a (100×240) matrix of ones, ${keepProb}, 5)`;
    const got = await chapter.call<unknown>('dropoutForward', args);
    expectResult(got, ones, what);
    const N = 24_000;
    const keptFraction = got.mask.flat().reduce((s, v) => s + v, 0) / N;
    const mean = got.A.flat().reduce((s, v) => s + v, 0) / N;
    // Each bound is 6 standard errors over N entries: the kept fraction's is √(p(1 − p)/N), the
    // mean output's √((1 − p)/(pN)) (an output is 1/p with probability p, else 0). A right
    // implementation lands outside with a probability of about 2e-9 per bound, whatever its
    // generator; the mistakes named are far outside (a kept fraction of 0.2; a mean of 0.8, 0.64
    // or 4).
    const keptBound = 6 * Math.sqrt((keepProb * (1 - keepProb)) / N);
    const meanBound = 6 * Math.sqrt((1 - keepProb) / (keepProb * N));
    misconception(
      Math.abs(keptFraction - (1 - keepProb)) < keptBound,
      () => `${what} kept ${formatValue(keptFraction)} of the entries, about 1 − keepProb = ${formatValue(1 - keepProb)}: keepProb is the probability of keeping a unit, not of dropping it. Keep an entry when its draw is below keepProb.`,
    );
    expectThat(
      Math.abs(keptFraction - keepProb) < keptBound,
      () => `${what} kept ${formatValue(keptFraction)} of the entries; each is kept with probability keepProb, so about ${keepProb} of them should be (within ${formatValue(keptBound)} over ${N} entries).`,
    );
    expectThat(
      Math.abs(mean - 1) < meanBound,
      () => `${what}: the outputs' mean is ${formatValue(mean)}; inverted dropout keeps each entry's expected value, so the mean of the outputs for inputs of 1 should be about 1 (within ${formatValue(meanBound)}). Divide the kept values by keepProb.`,
    );
  });

  it('gives the same mask for the same seed, and another for another seed', async () => {
    const A = Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i - j + 0.5));
    const what = (seed: number) => `dropoutForward(a (10×10) matrix, 0.5, ${seed})`;
    const first = await chapter.call<DropoutResult>('dropoutForward', [A, 0.5, 21]);
    const again = await chapter.call<DropoutResult>('dropoutForward', [A, 0.5, 21]);
    const other = await chapter.call<DropoutResult>('dropoutForward', [A, 0.5, 22]);
    expectThat(
      JSON.stringify(first?.mask) === JSON.stringify(again?.mask),
      () => `${what(21)} gave two different masks when called twice: draw from random = createRandom(seed), never from Math.random, so that a seed repeats a run (and a test can check the backward pass with the same mask).`,
    );
    misconception(
      JSON.stringify(first?.mask) === JSON.stringify(other?.mask),
      () => `${what(21)} and ${what(22)} gave the same mask: dropoutForward ignores its seed. Start the generator from it: createRandom(seed).`,
    );
  });

  it('matches the reference on random activations (1 to 5 units, batches of 1 to 6), keepProb and seeds, leaving A unchanged', async () => {
    const input = fc.tuple(gridOf(5, 6), keepProbArb, fc.integer({ min: 0, max: 1000 }));
    await forAll('dropoutForward/random', input, ([A, keepProb, seed]) => checkDropout(A, keepProb, seed));
  });

  for (const keepProb of [0, 1.5, -0.2, NaN]) {
    it(`throws an Error naming keepProb when it is ${keepProb}`, async () => {
      const args = [dropoutExample.A, keepProb, 1];
      await expectThrows(chapter.call('dropoutForward', args), formatCall('dropoutForward', args), {
        because: `keepProb = ${keepProb} is not a probability in (0, 1]${keepProb === 0 ? ' (0 would drop everything and divide by 0)' : Number.isNaN(keepProb) ? ' (NaN fails every comparison: keepProb <= 0 || keepProb > 1 lets it through)' : ''}`,
        naming: { what: 'keepProb', numbers: [keepProb] },
        hint: 'Check !(keepProb > 0 && keepProb <= 1) first and throw an Error that names keepProb.',
      });
    });
  }
});

describe('dropoutBackward', () => {
  async function checkBackward(dA: Grid, mask: Grid, keepProb: number) {
    const args = [dA, mask, keepProb];
    const what = formatCall('dropoutBackward', args);
    const got = await chapter.call<unknown>('dropoutBackward', args);
    expectShape(got, dA.length, dA[0].length, what);
    const want = mapGrid(dA, (g, i, j) => (g * mask[i][j]) / keepProb);
    const right = isClose(got, want);
    // Each scale named only when it alone gives this gradient (test/causes/09-deep-networks.ts).
    const scaling = onlyReading(got, want, dropoutScales(dA, mask, keepProb).readings);
    const leaks = dA.flatMap((row, i) => row.map((g, j) => ({ i, j, g }))).find(({ i, j, g }) => mask[i][j] === 0 && got[i][j] !== 0 && g !== 0);
    misconception(
      !right && leaks !== undefined,
      () => `${what} returned ${formatValue(got)}: at [${leaks?.i}][${leaks?.j}] the mask is 0 (forward dropped that unit), yet some gradient came through. Use the mask forward used, the one passed in: a fresh mask drawn in backward lets gradient through units whose output was 0 in the forward pass. Expected ${formatValue(want)}.`,
      { hint: 'dropoutBackward draws nothing: multiply dA by the mask it is given, and divide by keepProb.' },
    );
    misconception(
      scaling === 'not rescaled',
      () => `${what} returned dA ⊙ mask, without the 1/keepProb: forward divided each kept value by keepProb = ${keepProb}, so the gradient of each kept value is divided by keepProb too. Expected dA ⊙ mask / keepProb = ${formatValue(want)}.`,
      { hint: 'Backward multiplies by what forward multiplied by: mask / keepProb, entry by entry.' },
    );
    misconception(
      scaling === 'divided by the drop probability',
      () => `${what} divided by 1 − keepProb = ${formatValue(1 - keepProb)}; forward divided the kept values by keepProb = ${keepProb}, and so does backward. Expected ${formatValue(want)}.`,
    );
    misconception(
      scaling === 'multiplied by keepProb',
      () => `${what} multiplied by keepProb = ${keepProb}; forward divided the kept values by keepProb, and so does backward. Expected ${formatValue(want)}.`,
    );
    const dropped = dA.flatMap((row, i) => row.map((g, j) => ({ i, j, g }))).find(({ i, j, g }) => mask[i][j] === 1 && got[i][j] === 0 && g !== 0);
    misconception(
      !right && dropped !== undefined,
      () => `${what} returned ${formatValue(got)}: at [${dropped?.i}][${dropped?.j}] forward kept the unit (mask 1), but no gradient came through: a fresh mask drawn in backward drops units that forward kept. Use the mask passed in. Expected ${formatValue(want)}.`,
    );
    expectClose(got, want, what, TOL * Math.max(1, ...want.flat().map(Math.abs)));
  }

  /** A mask drawn by lib's dropout, as dropoutForward would return it, with a gradient to send back. */
  const case_ = fc
    .tuple(gridOf(5, 6), keepProbArb, fc.integer({ min: 0, max: 1000 }), fc.array(fc.array(decimal(3), { minLength: 6, maxLength: 6 }), { minLength: 5, maxLength: 5 }))
    .map(([A, keepProb, seed, g]) => ({ mask: referenceDropout(A, keepProb, seed).mask, keepProb, dA: A.map((row, i) => row.map((_, j) => g[i][j])) }));

  it('sends the page’s gradient back through the page’s mask (keepProb = 0.8, seed 9)', async () => {
    const { mask } = referenceDropout(dropoutExample.A, dropoutExample.keepProb, dropoutExample.seed);
    await checkBackward(dropoutExample.dA, mask, dropoutExample.keepProb);
  });

  it('passes dA through unchanged when keepProb = 1 and the mask is all ones', async () => {
    await checkBackward(dropoutExample.dA, mapGrid(dropoutExample.dA, () => 1), 1);
  });

  it('matches the reference on random gradients, masks and keepProb, leaving dA and mask unchanged', async () => {
    await forAll('dropoutBackward/random', case_, ({ dA, mask, keepProb }) => checkBackward(dA, mask, keepProb));
  });

  it('is the derivative of dropout with the mask fixed: centred differences of Σ dA ⊙ (A ⊙ mask / keepProb) agree (relative error below 1e-7)', async () => {
    await forAll('dropoutBackward/centred-differences', fc.tuple(case_, gridOf(5, 6)), async ([{ dA, mask, keepProb }, raw]) => {
      const args = [dA, mask, keepProb];
      const what = formatCall('dropoutBackward', args);
      const got = await chapter.call<unknown>('dropoutBackward', args);
      expectShape(got, dA.length, dA[0].length, what);
      // With the mask fixed, dropout is the linear map A ↦ A ⊙ mask / keepProb, and dA ⊙ (that) is
      // the scalar whose gradient with respect to A is what backward returns (dA = ∂J/∂output).
      const cols = dA[0].length;
      const A = dA.map((row, i) => row.map((_, j) => raw[i % raw.length][j % raw[0].length]));
      const J = (a: number[]) => a.reduce((s, v, k) => s + dA[Math.floor(k / cols)][k % cols] * ((v * mask[Math.floor(k / cols)][k % cols]) / keepProb), 0);
      const numerical = [...numericalGradient(J, A.flat())];
      const terms = A.flat().reduce((s, v, k) => s + Math.abs(dA[Math.floor(k / cols)][k % cols] * v * mask[Math.floor(k / cols)][k % cols]) / keepProb, 0);
      const { agrees, relativeError: error } = gradientAgreement(got.flat(), numerical, { magnitude: terms });
      expectThat(
        agrees,
        () => `${what} returned ${formatValue(got)}, but nudging each entry of the forward input up and down by h = 1e-5, with the mask held fixed, changes J = Σ dA ⊙ (A ⊙ mask / keepProb) at the rates ${formatValue(numerical)}: a relative error of ${formatValue(error)} (above 1e-7).`,
      );
    });
  });

  const mismatched = [
    { dA: [[1, 2], [3, 4], [5, 6]], mask: [[1, 0], [0, 1]], which: 'dA has more rows than mask' },
    { dA: [[1, 2], [3, 4]], mask: [[1, 0, 1], [0, 1, 1]], which: 'mask has more columns than dA' },
  ];
  for (const { dA, mask, which } of mismatched) {
    it(`throws an Error naming both shapes when ${which}`, async () => {
      const args = [dA, mask, 0.5];
      await expectThrows(chapter.call('dropoutBackward', args), formatCall('dropoutBackward', args), {
        because: `dA is ${shape(dA)} and mask is ${shape(mask)}`,
        naming: { what: 'both shapes', numbers: [dA.length, dA[0].length, mask.length, mask[0].length] },
        hint: 'Compare both the rows and the columns of dA and mask before anything else, and put both shapes in the message.',
      });
    });
  }

  for (const keepProb of [0, 1.5, NaN]) {
    it(`throws an Error naming keepProb when it is ${keepProb}`, async () => {
      const args = [[[1, 2]], [[1, 0]], keepProb];
      await expectThrows(chapter.call('dropoutBackward', args), formatCall('dropoutBackward', args), {
        because: `keepProb = ${keepProb} is not a probability in (0, 1]${keepProb === 0 ? ' (dividing by it gives Infinity and NaN)' : Number.isNaN(keepProb) ? ' (NaN fails every comparison: keepProb <= 0 || keepProb > 1 lets it through)' : ''}`,
        naming: { what: 'keepProb', numbers: [keepProb] },
        hint: 'Check !(keepProb > 0 && keepProb <= 1) and throw an Error that names keepProb.',
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('earlyStopping', () => {
  /**
   * The rule read the usual wrong ways, to name them only when a result is exactly one of them:
   * stopping at patience + offset epochs after the best, or with a tie counted as a new best.
   */
  function variantRule(costs: number[], patience: number, { offset = 0, tiesImprove = false }): EarlyStop {
    let best = 0;
    for (let e = 0; e < costs.length; e++) {
      if (costs[e] < costs[best] || (tiesImprove && costs[e] === costs[best])) best = e;
      if (e - best >= patience + offset) return { stop: true, stopEpoch: e, bestEpoch: best };
    }
    return { stop: false, stopEpoch: costs.length - 1, bestEpoch: best };
  }

  async function checkStopping(validationCosts: number[], patience: number) {
    const args = [validationCosts, patience];
    const what = formatCall('earlyStopping', args);
    const got = await chapter.call<unknown>('earlyStopping', args);
    const want = referenceEarlyStopping(validationCosts, patience);
    expectThat(
      !!got && typeof got === 'object' && typeof (got as EarlyStop).stop === 'boolean' && Number.isInteger((got as EarlyStop).stopEpoch) && Number.isInteger((got as EarlyStop).bestEpoch),
      () => `${what} returned ${formatValue(got)}; expected an object { stop, stopEpoch, bestEpoch } with stop a boolean and two whole numbers (epochs are indices: the first is 0).`,
    );
    const { stop, stopEpoch, bestEpoch } = got as EarlyStop;
    const b = want.bestEpoch;
    const costAt = (e: number) => formatValue(validationCosts[e]);
    const same = (r: EarlyStop) => stop === r.stop && stopEpoch === r.stopEpoch && bestEpoch === r.bestEpoch;
    if (!same(want)) {
      const rule = `The best epoch is ${b} (cost ${costAt(b)})${want.stop ? `; after patience = ${patience} ${patience === 1 ? 'epoch' : 'epochs'} without a new best (${Array.from({ length: patience }, (_, k) => b + 1 + k).join(', ')}) training stops at epoch ${want.stopEpoch}` : `, and no epoch comes ${patience} after the best so far, so training runs to the last epoch, ${want.stopEpoch}`}`;
      const countHint = 'After each epoch, count the epochs since the best: epoch - bestEpoch. Stop when that count reaches patience.';
      const readings: [EarlyStop, string, string][] = [
        [
          variantRule(validationCosts, patience, { tiesImprove: true }),
          `${what} returned ${formatValue(got)}: it counted a cost equal to the best as a new best (<= where < belongs). An equal cost is no improvement, so of equal costs the earliest stays the best, and the epochs after it count towards patience. ${rule}: expected ${formatValue(want)}.`,
          'Only a strictly lower cost is an improvement: if (cost < costs[bestEpoch]) bestEpoch = epoch.',
        ],
        [
          variantRule(validationCosts, patience, { offset: -1 }),
          `${what} returned ${formatValue(got)}: it stopped one epoch early, after patience − 1 epochs without improvement. ${rule}: stop when epoch − bestEpoch reaches patience.`,
          countHint,
        ],
        [
          variantRule(validationCosts, patience, { offset: 1 }),
          `${what} returned ${formatValue(got)}: it stopped one epoch late, after patience + 1 epochs without improvement. ${rule}, as soon as epoch − bestEpoch = patience (>=, not >).`,
          countHint,
        ],
      ];
      // Named only when one reading alone gives this result.
      const fits = readings.filter(([result]) => same(result));
      misconception(fits.length === 1, () => fits[0]?.[1] ?? '', { hint: fits[0]?.[2] });
    }
    misconception(
      bestEpoch !== want.bestEpoch && bestEpoch === stopEpoch && stopEpoch === want.stopEpoch,
      () => `${what} returned bestEpoch = ${bestEpoch}, the epoch it stopped at; the best epoch is the one with the lowest validation cost, epoch ${b} (cost ${costAt(b)} against ${costAt(bestEpoch)}). Training keeps the weights of the best epoch, not of the last.`,
      { hint: 'Keep the index of the lowest cost so far as you walk the epochs, and return it: that is the network to keep.' },
    );
    misconception(
      bestEpoch !== want.bestEpoch && bestEpoch > b && validationCosts[bestEpoch] === validationCosts[b],
      () => `${what} returned bestEpoch = ${bestEpoch}, but epoch ${b} had the same cost ${costAt(b)} earlier. A cost equal to the best is no improvement (<, not <=), so of equal costs the earliest stays the best.`,
    );
    misconception(
      bestEpoch !== want.bestEpoch && stopEpoch === want.stopEpoch && bestEpoch > stopEpoch && bestEpoch < validationCosts.length,
      () => `${what} returned bestEpoch = ${bestEpoch} (cost ${costAt(bestEpoch)}), an epoch after training stopped at ${stopEpoch}: bestEpoch is the best among the epochs up to the stop, ${b}. A training loop cannot look at epochs it has not run.`,
    );
    expectEqual({ stop, stopEpoch, bestEpoch }, want, what);
  }

  it('stops the page’s run at epoch 9 and keeps epoch 6 (patience 3)', async () => {
    await checkStopping(earlyStoppingExample.validationCosts, earlyStoppingExample.patience);
  });

  it('stops exactly patience epochs after the best one, with a patience of 1 and of 2', async () => {
    await checkStopping([0.9, 0.5, 0.6, 0.4, 0.45, 0.3], 1);
    await checkStopping([0.9, 0.5, 0.6, 0.4, 0.45, 0.42, 0.3], 2);
  });

  it('counts a cost equal to the best as no improvement: the earliest of equal costs is the best', async () => {
    // Inputs where counting a tie as a new best and stopping an epoch late give different results.
    await checkStopping([1, 0.5, 0.5, 0.5, 0.5, 0.4], 2);
    await checkStopping([0.7, 0.7], 1);
  });

  it('runs to the last epoch when the rule never fires: stop false, stopEpoch the last, bestEpoch the lowest', async () => {
    await checkStopping([0.9, 0.8, 0.85, 0.7, 0.75, 0.6], 2);
    await checkStopping([0.5], 3);
  });

  it('matches the reference on random curves (1 to 12 epochs, costs with ties, patience 1 to 4), leaving the costs unchanged', async () => {
    const input = fc.tuple(fc.array(fc.integer({ min: 0, max: 5 }).map((k) => k / 10), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }));
    await forAll('earlyStopping/random', input, ([costs, patience]) => checkStopping(costs, patience));
  });

  it('throws an Error when there are no costs', async () => {
    await expectThrows(chapter.call('earlyStopping', [[], 2]), formatCall('earlyStopping', [[], 2]), {
      because: 'there are no validation costs, so there is no epoch to choose',
      hint: 'Check validationCosts.length === 0 first and throw.',
    });
  });

  for (const patience of [0, 2.5]) {
    it(`throws an Error naming patience when it is ${patience}`, async () => {
      const args = [[0.5, 0.4], patience];
      await expectThrows(chapter.call('earlyStopping', args), formatCall('earlyStopping', args), {
        because: `patience = ${patience} is not a whole number of epochs of at least 1`,
        naming: { what: 'patience', numbers: [patience] },
        hint: 'Check Number.isInteger(patience) && patience >= 1 and throw an Error that names patience.',
      });
    });
  }

  // Both before and after the epoch where the rule fires: the stub says every cost is checked.
  for (const costs of [[0.5, 0.4, NaN, 0.3], [0.5, 0.6, 0.7, 0.8, NaN]]) {
    const epoch = costs.findIndex(Number.isNaN);
    it(`throws an Error naming the epoch when a cost is NaN (epoch ${epoch}${epoch === 4 ? ', after the rule would fire' : ''})`, async () => {
      const args = [costs, 2];
      await expectThrows(chapter.call('earlyStopping', args), formatCall('earlyStopping', args), {
        because: `the cost of epoch ${epoch} is NaN, which no comparison can rank (NaN < x is false for every x)`,
        naming: { what: 'the epoch', numbers: [epoch] },
        hint: 'Before applying the rule, look for a NaN among all the costs (Number.isNaN) and throw an Error that names its epoch.',
      });
    });
  }
});
