/**
 * Grader for chapter 8 (Training). For each exercise: the page's worked inputs first
 * (docs/worked/08-training-inputs.ts), then the conventions the stub states, then seeded random
 * inputs against lib/ (losses.ts, batches.ts, optim.ts, adam.ts, network.ts; a failing input is
 * reported shrunk), then every "Throws" in both directions where there are two. A misconception is
 * named only when the returned value is exactly what that mistake gives and differs from the
 * right answer.
 *
 * trainMlp runs the learner's own chapters 6 and 7 (initializeParameters, forwardPropagation,
 * backwardPropagation) and this chapter's miniBatches, sgdUpdate and categoricalCrossEntropy; the
 * reference run (lib/spine-training.ts) is lib's Mlp started from the same weights and fed the
 * same batches, so the learner's costs can be compared epoch by epoch.
 */
import { describe, it } from './grader/runner/api.ts';
import { adamUpdate as adamReference } from '../lib/adam.ts';
import { batchIndices, gatherColumns, iterationsPerEpoch as iterationsReference, miniBatches as batchesReference } from '../lib/batches.ts';
import { circles } from '../lib/datasets.ts';
import { XOR } from '../lib/logic-gates.ts';
import { categoricalCrossEntropy as cceReference, meanSquaredError as mseReference } from '../lib/losses.ts';
import { Matrix } from '../lib/matrix.ts';
import { inverseTimeDecay, momentumUpdate as momentumReference, SGD, sgdUpdate as sgdReference } from '../lib/optim.ts';
import { createRandom } from '../lib/random.ts';
import { spineInitialLayers, spineNetwork, spineTrainingRun } from '../lib/spine-training.ts';
import * as inputs from '../docs/worked/08-training-inputs.ts';
import type { AdamState, Batch, TrainMlpOptions, TrainMlpResult } from '#learner/08-training.ts';
import { decimal, expectClose, expectNear, expectThat, expectThrows, fc, forAll, formatCall, formatValue, isClose, misconception, openChapter, pageLink } from './grader/index.ts';
import { onlyReading } from './causes/structured.ts';

const chapter = openChapter('08-training', {
  params: {
    meanSquaredError: ['AL', 'Y'],
    categoricalCrossEntropy: ['AL', 'Y', 'epsilon'],
    iterationsPerEpoch: ['count', 'batchSize'],
    miniBatches: ['X', 'Y', 'batchSize', 'seed'],
    sgdUpdate: ['layers', 'grads', 'learningRate'],
    momentumUpdate: ['layers', 'grads', 'velocities', 'learningRate', 'beta'],
    adamUpdate: ['layers', 'grads', 'state', 'learningRate', 'options'],
    decayedLearningRate: ['initial', 'decay', 'epoch'],
    trainMlp: ['X', 'Y', 'options'],
  },
});

// Sums of at most a few dozen products of numbers below 10, logarithms of numbers above 1e-12
// and square roots: rounding noise is below 1e-12, and every mistake named here moves a value by
// far more than 1e-9.
const TOL = 1e-9;

type Rows = number[][];
type LayerRows = { W: Rows; b: Rows };
type GradRows = { dW: Rows; db: Rows };

const copy = (rows: readonly (readonly number[])[]): Rows => rows.map((r) => [...r]);
const toRows = (m: Matrix): Rows => m.toArray();
const shape = (a: Rows): string => `(${a.length}×${a[0]?.length ?? 0})`;

const isNumber = (v: unknown): v is number => typeof v === 'number';

/** Above rounding noise, so that "k times the expected value" says something. */
const matters = (v: number) => Math.abs(v) > 1e-6;

/** An (n×m) matrix with n in [1, maxRows] and m in [1, maxCols], cut from a full-size draw so both shrink. */
function sameShapePair(maxRows: number, maxCols: number, first: fc.Arbitrary<number>, second: fc.Arbitrary<number>) {
  const full = (item: fc.Arbitrary<number>) => fc.array(fc.array(item, { minLength: maxCols, maxLength: maxCols }), { minLength: maxRows, maxLength: maxRows });
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }), full(first), full(second))
    .map(([n, m, a, b]) => [a.slice(0, n).map((r) => r.slice(0, m)), b.slice(0, n).map((r) => r.slice(0, m))] as [Rows, Rows]);
}

/** Checks that a learner's Error names both shapes the way the stub writes them, "(2×3)". */
async function expectShapeError(name: string, args: unknown[], a: Rows, b: Rows, because: string) {
  const error = await expectThrows(chapter.call(name, args), formatCall(name, args), {
    because,
    hint: `Compare the numbers of rows and the numbers of columns before anything else, and put both shapes in the message, written like ${shape(a)} and ${shape(b)}.`,
  });
  expectThat(
    error.thrown.message.includes(shape(a)) && error.thrown.message.includes(shape(b)),
    () => `${formatCall(name, args)} threw an Error, but its message "${error.thrown.message}" does not name both shapes, ${shape(a)} and ${shape(b)}.`,
    { hint: `Build the shape as \`(\${A.length}×\${A[0].length})\` for each matrix and put both in the message.` },
  );
}

/** The shape-mismatch cases shared by the two losses: more and fewer rows, more and fewer columns. */
const mismatched: { title: string; AL: Rows; Y: Rows }[] = [
  { title: 'AL has more rows than Y', AL: [[0.5, 0.5], [0.5, 0.5], [0, 0]], Y: [[1, 0], [0, 1]] },
  { title: 'AL has fewer rows than Y', AL: [[0.5, 0.5]], Y: [[1, 0], [0, 1]] },
  { title: 'AL has more columns than Y', AL: [[0.5, 0.5, 0.2], [0.5, 0.5, 0.8]], Y: [[1, 0], [0, 1]] },
  { title: 'AL has fewer columns than Y', AL: [[0.5], [0.5]], Y: [[1, 0], [0, 1]] },
];

// ---------------------------------------------------------------------------------------------

describe('meanSquaredError', () => {
  async function checkMse(AL: Rows, Y: Rows) {
    const what = formatCall('meanSquaredError', [AL, Y]);
    const got = await chapter.call<number>('meanSquaredError', [AL, Y]);
    const want = mseReference(Matrix.from(AL), Matrix.from(Y));
    const [n, m] = [AL.length, AL[0].length];
    expectThat(isNumber(got), () => `${what} returned ${formatValue(got)}; expected a number, ${formatValue(want)}.`);
    // Each named only when it alone gives this number (test/causes/structured.ts): with one
    // example, the sum over the entries is the mean over the examples alone.
    const named = matters(want) ? onlyReading(got, want, { sum: n * m > 1 ? want * n * m : undefined, 'mean over examples only': n > 1 ? want * n : undefined, half: want / 2 }) : undefined;
    misconception(
      named === 'sum',
      () => `${what} returned ${formatValue(got)}, exactly n·m = ${n * m} times the expected ${formatValue(want)}: the sum of the squared errors instead of their mean.`,
      { hint: 'Divide the sum by the number of entries, AL.length * AL[0].length: a mean does not grow with the batch.' },
    );
    misconception(
      named === 'mean over examples only',
      () => `${what} returned ${formatValue(got)}, exactly n = ${n} times the expected ${formatValue(want)}: divided by the m = ${m} examples but not by the ${n} outputs. This course's mean squared error is the mean over all n·m entries.`,
    );
    misconception(
      named === 'half',
      () => `${what} returned ${formatValue(got)}, half the expected ${formatValue(want)}: the ½ some books put in front. The stub asks for the plain mean, without ½.`,
    );
    expectClose(got, want, what, TOL);
  }

  it('computes the worked example on the page', async () => {
    await checkMse(copy(inputs.losses.AL), copy(inputs.losses.Y));
    await checkMse([[1, 2]], [[0, 0]]);
  });

  it('matches the reference on random matrices (1 to 4 rows, 1 to 6 columns), leaving AL and Y unchanged', async () => {
    await forAll('meanSquaredError/random', sameShapePair(4, 6, decimal(3), decimal(3)), ([AL, Y]) => checkMse(AL, Y));
  });

  for (const { title, AL, Y } of mismatched) {
    it(`throws an Error naming both shapes when ${title}`, async () => {
      await expectShapeError('meanSquaredError', [AL, Y], AL, Y, `AL is ${shape(AL)} and Y is ${shape(Y)}`);
    });
  }

  it('throws an Error when there are no entries (the mean of nothing is 0/0)', async () => {
    for (const empty of [[], [[]]]) {
      const args = [empty, empty];
      await expectThrows(chapter.call('meanSquaredError', args), formatCall('meanSquaredError', args), {
        because: 'there are no entries: the mean of nothing is 0/0',
        hint: 'After the shape check, throw when AL.length === 0 or AL[0].length === 0.',
      });
    }
  });
});

describe('categoricalCrossEntropy', () => {
  async function checkCce(AL: Rows, Y: Rows, epsilon?: number) {
    const args = epsilon === undefined ? [AL, Y] : [AL, Y, epsilon];
    const what = formatCall('categoricalCrossEntropy', args);
    const got = await chapter.call<number>('categoricalCrossEntropy', args);
    const want = cceReference(Matrix.from(AL), Matrix.from(Y), epsilon);
    const [n, m] = [AL.length, AL[0].length];
    expectThat(isNumber(got), () => `${what} returned ${formatValue(got)}; expected a number, ${formatValue(want)}.`);
    const zeroRight = AL.some((row, i) => row.some((a, j) => a === 0 && Y[i][j] !== 0));
    const zeroWrong = AL.some((row, i) => row.some((a, j) => a === 0 && Y[i][j] === 0));
    misconception(
      zeroRight && got === Infinity,
      () => `${what} returned Infinity; expected ${formatValue(want)}. Where a true class has probability 0, ln 0 = −Infinity: floor every probability at epsilon first, Math.max(AL[i][j], epsilon), so a confident wrong answer costs −ln ε ≈ 27.63.`,
      { hint: 'Math.log(Math.max(AL[i][j], epsilon)): the clip goes inside the logarithm.' },
    );
    misconception(
      zeroWrong && Number.isNaN(got),
      () => `${what} returned NaN; expected ${formatValue(want)}. Where a wrong class (Y = 0) has probability 0, 0 × ln 0 = 0 × (−Infinity) is NaN: floor every probability at epsilon first.`,
      { hint: 'Math.log(Math.max(AL[i][j], epsilon)), or skip the entries where Y[i][j] is 0.' },
    );
    const eps = epsilon ?? 1e-12;
    const clip = (p: number) => Math.min(Math.max(p, eps), 1 - eps);
    const perOutput = -AL.reduce((s, row, i) => s + row.reduce((t, a, j) => t + Y[i][j] * Math.log(clip(a)) + (1 - Y[i][j]) * Math.log(1 - clip(a)), 0), 0) / m;
    // Each named only when it alone gives this number (test/causes/structured.ts).
    const named = matters(want)
      ? onlyReading(got, want, {
          'minus missing': -want,
          sum: m > 1 ? want * m : undefined,
          'divided by the classes': n > 1 ? want / n : undefined,
          'binary per output': n > 1 ? perOutput : undefined,
          'epsilon ignored': epsilon !== undefined ? cceReference(Matrix.from(AL), Matrix.from(Y)) : undefined,
        })
      : undefined;
    misconception(
      named === 'epsilon ignored',
      () => `${what} returned ${formatValue(got)}, the cost with the default ε = 1e-12: the epsilon passed in, ${formatValue(epsilon)}, was not used (expected ${formatValue(want)}).`,
      { hint: 'Floor each probability at the epsilon parameter, Math.max(AL[i][j], epsilon), not at a constant 1e-12 of your own.' },
    );
    misconception(named === 'minus missing', () => `${what} returned ${formatValue(got)}, which is negative: the minus sign in front is missing (expected ${formatValue(want)}).`);
    misconception(
      named === 'sum',
      () => `${what} returned ${formatValue(got)}, exactly m = ${m} times the expected ${formatValue(want)}: the sum over the examples instead of their mean.`,
      { hint: 'Divide by m = AL[0].length, the number of examples (columns).' },
    );
    misconception(
      named === 'divided by the classes',
      () => `${what} returned ${formatValue(got)}, the expected ${formatValue(want)} divided by the ${n} classes: the classes of one example form one distribution, so they are summed; only the m examples are averaged.`,
      { hint: 'Divide by m = AL[0].length only, not by the number of entries.' },
    );
    misconception(
      named === 'binary per output',
      () => `${what} returned ${formatValue(got)}: that is a binary cross-entropy summed over the outputs, −Σ [y ln a + (1 − y) ln(1 − a)], the variant one of the notes uses for independent yes/no outputs. For softmax outputs the loss is −Σ y ln a alone (expected ${formatValue(want)}).`,
    );
    expectClose(got, want, what, TOL);
  }

  /** Softmax columns of random logits, and a random one-hot column per example. */
  const probabilities = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.array(decimal(4), { minLength: 24, maxLength: 24 }), fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }))
    .map(([n, m, logits, hot]) => {
      const z = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => logits[i * 6 + j]));
      const AL = z.map((row, i) => row.map((_, j) => Math.exp(z[i][j]) / z.reduce((s, r) => s + Math.exp(r[j]), 0)));
      const Y = z.map((row, i) => row.map((_, j) => (hot[j] % n === i ? 1 : 0)));
      return [AL, Y] as [Rows, Rows];
    });

  it('computes the worked example on the page', async () => {
    await checkCce(copy(inputs.losses.AL), copy(inputs.losses.Y));
  });

  it('is finite for a confident wrong answer (the right class at probability 0 costs −ln 1e-12 ≈ 27.63)', async () => {
    await checkCce(copy(inputs.confidentWrong.AL), copy(inputs.confidentWrong.Y));
  });

  it('is 0, not NaN, for a confident right answer (a wrong class at probability 0)', async () => {
    await checkCce([[1], [0]], [[1], [0]]);
  });

  it('uses the epsilon it is given', async () => {
    // −ln 0.01 ≈ 4.61; the default ε gives −ln 1e-5 ≈ 11.51 and the binary cross-entropy per output
    // 2 · (−ln 0.01) ≈ 9.21, so that each reading is told apart (with 0.0001 the last two met).
    await checkCce([[0.99999], [0.00001]], [[0], [1]], 0.01);
  });

  it('matches the reference on random softmax outputs and one-hot targets (1 to 4 classes, 1 to 6 examples)', async () => {
    await forAll('categoricalCrossEntropy/random', probabilities, ([AL, Y]) => checkCce(AL, Y));
  });

  for (const { title, AL, Y } of mismatched) {
    it(`throws an Error naming both shapes when ${title}`, async () => {
      await expectShapeError('categoricalCrossEntropy', [AL, Y], AL, Y, `AL is ${shape(AL)} and Y is ${shape(Y)}`);
    });
  }

  it('throws an Error when there are no entries (the mean over m = 0 examples is 0/0)', async () => {
    for (const empty of [[], [[]]]) {
      const args = [empty, empty];
      await expectThrows(chapter.call('categoricalCrossEntropy', args), formatCall('categoricalCrossEntropy', args), {
        because: 'there are no entries: the mean over m = 0 examples is 0/0',
        hint: 'After the shape check, throw when AL.length === 0 or AL[0].length === 0.',
      });
    }
  });
});

describe('iterationsPerEpoch', () => {
  async function checkCount(count: number, batchSize: number) {
    const what = formatCall('iterationsPerEpoch', [count, batchSize]);
    const got = await chapter.call<number>('iterationsPerEpoch', [count, batchSize]);
    const want = iterationsReference(count, batchSize);
    const left = count % batchSize;
    misconception(
      left !== 0 && got === Math.floor(count / batchSize),
      () => `${what} returned ${formatValue(got)}; expected ${want}. That is the division rounded down: the last, partial batch of ${left} ${left === 1 ? 'example' : 'examples'} is an update too, so round up (⌈${count} / ${batchSize}⌉).`,
      { hint: 'Math.ceil(count / batchSize): every example is seen once per epoch, the leftovers in one smaller batch.' },
    );
    expectClose(got, want, what, 0);
  }

  it("computes the notes' example: 55,000 examples in batches of 100 make 550 iterations", async () => {
    await checkCount(inputs.epochCount.count, inputs.epochCount.batchSize);
  });

  it('counts the last, partial batch (55,001 in batches of 100: 551)', async () => {
    await checkCount(55_001, 100);
    await checkCount(5, 2);
  });

  it('gives 0 for no examples and 1 for a batch larger than the data', async () => {
    await checkCount(0, 10);
    await checkCount(7, 50);
  });

  it('matches the reference for random counts (0 to 1,000) and batch sizes (1 to 100)', async () => {
    await forAll('iterationsPerEpoch/random', fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 100 })), ([count, batchSize]) => checkCount(count, batchSize));
  });

  it('throws an Error naming the batch size when it is not a whole number, 1 or more (0, -2, 2.5)', async () => {
    for (const batchSize of [0, -2, 2.5]) {
      await expectThrows(chapter.call('iterationsPerEpoch', [10, batchSize]), formatCall('iterationsPerEpoch', [10, batchSize]), {
        because: `the batch size ${batchSize} is not a whole number, 1 or more`,
        naming: { what: 'the batch size', numbers: [batchSize] },
        hint: 'Check !Number.isInteger(batchSize) || batchSize < 1 first: dividing by 0 gives Infinity, and a fractional batch means nothing.',
      });
    }
  });

  it('throws an Error naming the count when it is not a whole number, 0 or more (-1, 3.5)', async () => {
    for (const count of [-1, 3.5]) {
      await expectThrows(chapter.call('iterationsPerEpoch', [count, 2]), formatCall('iterationsPerEpoch', [count, 2]), {
        because: `the count ${count} is not a whole number, 0 or more`,
        naming: { what: 'the count', numbers: [count] },
        hint: 'Check !Number.isInteger(count) || count < 0 as well.',
      });
    }
  });
});

describe('miniBatches', () => {
  /** lib's batches for the same seed, as rows. */
  function referenceBatches(X: Rows, Y: Rows, batchSize: number, seed: number) {
    return batchesReference(Matrix.from(X), Matrix.from(Y), batchSize, createRandom(seed)).map((b) => ({ X: toRows(b.x), Y: toRows(b.y) }));
  }

  /**
   * X's first row is the example's index (0, 1, …, m − 1), so the grader can read which examples
   * each batch holds and say which were dropped, repeated or unpaired.
   */
  async function checkBatches(X: Rows, Y: Rows, batchSize: number, seed: number) {
    const args = [X, Y, batchSize, seed];
    const what = formatCall('miniBatches', args);
    const got = await chapter.call<Batch[]>('miniBatches', args);
    const want = referenceBatches(X, Y, batchSize, seed);
    const m = X[0].length;
    expectThat(
      Array.isArray(got) && got.every((b) => b && Array.isArray(b.X) && Array.isArray(b.Y) && b.X.length === X.length && b.Y.length === Y.length),
      () => `${what} returned ${formatValue(got)}; expected an array of batches { X, Y }, each with the ${X.length} rows of X and the ${Y.length} rows of Y.`,
    );
    const seen = got.flatMap((b) => b.X[0] ?? []);
    const counts = new Map<number, number>();
    for (const j of seen) counts.set(j, (counts.get(j) ?? 0) + 1);
    const repeated = [...counts].filter(([, c]) => c > 1).map(([j]) => j);
    const missing = Array.from({ length: m }, (_, j) => j).filter((j) => !counts.has(j));
    const full = Math.floor(m / batchSize);
    misconception(
      m % batchSize !== 0 && got.length === full && missing.length === m % batchSize && repeated.length === 0,
      () => `${what} returned ${got.length} batches; expected ${want.length}. It dropped the last, partial batch: examples ${formatValue(missing)} are in no batch. When m = ${m} is not a multiple of ${batchSize}, the last batch keeps the ${m % batchSize} left over.`,
      { hint: 'Loop for k from 0 while k * batchSize < m, and take order.slice(k * batchSize, (k + 1) * batchSize): slice stops at the end by itself.' },
    );
    expectThat(
      repeated.length === 0,
      () => `${what} put example ${repeated[0]} (column ${repeated[0]} of X) in more than one batch${missing.length > 0 ? `, and examples ${formatValue(missing)} in none` : ''}: within an epoch every example is used exactly once. Shuffle the indices 0 … m − 1 (a permutation), then cut them into runs.`,
      { hint: 'Draw the order once with createRandom(seed).shuffle([0, 1, …, m − 1]); picking a random column for each slot can pick the same one twice.' },
    );
    expectThat(missing.length === 0, () => `${what} left out examples ${formatValue(missing)} (those columns of X are in no batch); expected every one of the ${m} examples in exactly one batch.`);
    got.forEach((b, k) => {
      const indices = b.X[0];
      expectThat(
        isClose(b.Y, Y.map((row) => indices.map((j) => row[j]))),
        () => `${what}: batch ${k} holds columns ${formatValue(indices)} of X but not the same columns of Y (its Y is ${formatValue(b.Y)}). Each example's input and target must stay together: take the same column indices from both.`,
      );
    });
    const order = seen;
    const wantOrder = want.flatMap((b) => b.X[0]);
    if (!isClose(order, wantOrder)) {
      // Two more calls: a shuffle by Math.random repeats an order of 5 examples once in 120 calls,
      // twice in a row once in 14,400.
      let again = await chapter.call<Batch[]>('miniBatches', args);
      if (isClose(again, got)) again = await chapter.call<Batch[]>('miniBatches', args);
      expectThat(
        isClose(again, got),
        () => `${what} gave different batches on two calls with the same seed ${seed} (first order ${formatValue(order)}, then ${formatValue(again.flatMap((b) => b.X[0]))}): the shuffle ignores the seed. Shuffle with createRandom(seed) from lib/random.ts, never Math.random, so a run can be repeated.`,
        { hint: "const order = createRandom(seed).shuffle(Array.from({ length: m }, (_, j) => j)); createRandom comes from '../lib/random.ts'." },
      );
      // Each batch holding its run of the shuffle, but in ascending order: a sorted batch, or with
      // batchSize ≥ m the shuffle skipped (its one batch is then 0 … m − 1). Checked before the seed,
      // since either gives the same batches for every seed.
      const ascending = (indices: number[]) => indices.every((j, i) => i === 0 || indices[i - 1] < j);
      const sortedRuns = got.length === want.length && got.every((b, k) => ascending(b.X[0]) && isClose(b.X[0], [...want[k].X[0]].sort((p, q) => p - q)));
      expectThat(
        !(sortedRuns && got.length === 1),
        () => `${what} returned one batch with the examples in their original order ${formatValue(order)}; expected the shuffled order ${formatValue(wantOrder)}. A batchSize of m or more gives one batch holding every example, in the order createRandom(${seed}).shuffle gives: shuffle even when there is one batch, and do not sort it.`,
      );
      expectThat(
        !sortedRuns,
        () => `${what} returned batches that each hold the right examples but in ascending order (${formatValue(got.map((b) => b.X[0]))}); expected each in the order of the shuffle, ${formatValue(want.map((b) => b.X[0]))}. Batch k is run k of the shuffled order, taken as it is: do not sort a batch.`,
      );
      const other = await chapter.call<Batch[]>('miniBatches', [X, Y, batchSize, seed + 1]);
      const otherWant = referenceBatches(X, Y, batchSize, seed + 1);
      misconception(
        m > 2 && isClose(other, got) && !isClose(otherWant, want),
        () => `${what} and the same call with seed ${seed + 1} gave the same batches (order ${formatValue(order)}): the shuffle ignores the seed, so every epoch would see the same order. Shuffle with createRandom(seed) (expected order ${formatValue(wantOrder)} for seed ${seed}).`,
        { hint: "const order = createRandom(seed).shuffle(Array.from({ length: m }, (_, j) => j)); createRandom comes from '../lib/random.ts'." },
      );
      misconception(
        m > 2 && isClose(order, Array.from({ length: m }, (_, j) => j)),
        () => `${what} kept the examples in their original order ${formatValue(order)}; expected the order createRandom(${seed}).shuffle gives, ${formatValue(wantOrder)}. Mini-batches are drawn from a shuffled order, so that no batch is made of one kind of example.`,
      );
      expectThat(
        false,
        () => `${what} used every example once, but in the order ${formatValue(order)}; createRandom(${seed}).shuffle([0, …, ${m - 1}]) gives ${formatValue(wantOrder)}. Shuffle the indices with exactly that call, then cut them in order.`,
        { hint: 'One generator, one shuffle of the indices 0 … m − 1, then consecutive runs of batchSize: batch k is order.slice(k * batchSize, (k + 1) * batchSize).' },
      );
    }
    expectNear(got, want, what, 0);
  }

  it('cuts the worked example on the page (5 examples, batches of 2, seed 7) into batches of 2, 2 and 1', async () => {
    const { X, Y, batchSize, seed } = inputs.batches;
    await checkBatches(copy(X), copy(Y), batchSize, seed);
  });

  it('gives one batch of every example when batchSize is m or more, and m batches of 1 for batchSize 1', async () => {
    const { X, Y } = inputs.batches;
    await checkBatches(copy(X), copy(Y), 5, 3);
    await checkBatches(copy(X), copy(Y), 8, 3);
    await checkBatches(copy(X), copy(Y), 1, 3);
  });

  it('matches the reference for random data (1 to 12 examples, 1 to 3 rows), batch sizes and seeds, leaving X and Y unchanged', async () => {
    const input = fc.tuple(
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.array(decimal(3), { minLength: 12, maxLength: 12 }), { minLength: 3, maxLength: 3 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 1, max: 14 }),
      fc.integer({ min: 0, max: 1000 }),
    );
    await forAll('miniBatches/random', input, async ([m, rows, extra, batchSize, seed]) => {
      const X = [Array.from({ length: m }, (_, j) => j), ...rows.slice(0, extra).map((r) => r.slice(0, m))];
      const Y = rows.slice(2).map((r) => r.slice(0, m));
      await checkBatches(X, Y, batchSize, seed);
    });
  });

  for (const { X, Y, longer } of [
    { X: [[0, 1, 2]], Y: [[1, 0]], longer: 'X has more columns than Y' },
    { X: [[0, 1]], Y: [[1, 0, 1]], longer: 'Y has more columns than X' },
  ]) {
    it(`throws an Error naming both counts when ${longer}`, async () => {
      const args = [X, Y, 1, 0];
      await expectThrows(chapter.call('miniBatches', args), formatCall('miniBatches', args), {
        because: `X has ${X[0].length} examples (columns) and Y has ${Y[0].length}`,
        naming: { what: 'both counts', numbers: [X[0].length, Y[0].length] },
        hint: 'Compare X[0].length with Y[0].length first, either way (!==), and name both.',
      });
    });
  }

  it('throws an Error naming the batch size when it is not a whole number, 1 or more (0, 1.5)', async () => {
    for (const batchSize of [0, 1.5]) {
      const args = [[[0, 1, 2]], [[1, 0, 1]], batchSize, 0];
      await expectThrows(chapter.call('miniBatches', args), formatCall('miniBatches', args), {
        because: `the batch size ${batchSize} is not a whole number, 1 or more`,
        naming: { what: 'the batch size', numbers: [batchSize] },
        hint: 'iterationsPerEpoch already checks the batch size: call it for the number of batches.',
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The optimisers: random networks of 1 to 4 layers of 1 to 4 units, with several gradients.

interface Network {
  layers: LayerRows[];
  /** One set of gradients per step. */
  grads: GradRows[][];
  /** A state of the same shapes: velocities, or Adam's m (signed) and v (≥ 0). */
  m: GradRows[];
  v: GradRows[];
}

function network(steps: number): fc.Arbitrary<Network> {
  return fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 5, maxLength: 5 }), fc.array(decimal(3), { minLength: 64, maxLength: 64 }))
    .map(([depth, widths, pool]) => {
      // The numbers cycle through the pool (at most 80 per set of parameters): random enough, and
      // a shrunk pool of zeros and small whole numbers reads well in a report.
      let k = 0;
      const next = () => pool[k++ % pool.length];
      const sizes = widths.slice(0, depth + 1);
      const like = (f: () => number) => sizes.slice(1).map((n, l) => ({ W: Array.from({ length: n }, () => Array.from({ length: sizes[l] }, f)), b: Array.from({ length: n }, () => [f()]) }));
      const asGrad = (layers: LayerRows[]) => layers.map(({ W, b }) => ({ dW: W, db: b }));
      return {
        layers: like(next),
        grads: Array.from({ length: steps }, () => asGrad(like(next))),
        m: asGrad(like(next)),
        v: asGrad(like(() => Math.abs(next()))),
      };
    });
}

const zerosLike = (layers: readonly LayerRows[]): GradRows[] => layers.map(({ W, b }) => ({ dW: W.map((r) => r.map(() => 0)), db: b.map((r) => r.map(() => 0)) }));

/** lib's in-place update, applied to copies of every W and b. */
function eachParameter(layers: readonly LayerRows[], grads: readonly GradRows[], update: (value: Matrix, grad: Matrix, l: number, which: 'W' | 'b') => void): LayerRows[] {
  return layers.map((layer, l) => {
    const W = Matrix.from(layer.W);
    const b = Matrix.from(layer.b);
    update(W, Matrix.from(grads[l].dW), l, 'W');
    update(b, Matrix.from(grads[l].db), l, 'b');
    return { W: toRows(W), b: toRows(b) };
  });
}

const sgdStep = (layers: readonly LayerRows[], grads: readonly GradRows[], learningRate: number) =>
  eachParameter(layers, grads, (value, grad) => sgdReference(value, grad, learningRate));

const anyMatters = (grads: readonly GradRows[]) => grads.some((g) => [...g.dW, ...g.db].flat().some(matters));

/** The count and shape cases of sgdUpdate's, momentumUpdate's and adamUpdate's "Throws". */
function badGradients(name: string, argsFor: (layers: LayerRows[], grads: GradRows[]) => unknown[], what = 'grads') {
  const layers = inputs.optimiser.layers.map((l) => ({ W: copy(l.W), b: copy(l.b) }));
  const grads = inputs.optimiser.grads[0].map((g) => ({ dW: copy(g.dW), db: copy(g.db) }));
  const countHint = `Compare ${what}.length with layers.length first, either way (!==), and name both counts.`;
  const cases = [
    { title: `${what} has more entries than there are layers`, bad: [...grads, grads[1]], because: `there are 2 layers and 3 entries in ${what}`, numbers: [2, 3], hint: countHint },
    { title: `${what} has fewer entries than there are layers`, bad: grads.slice(0, 1), because: `there are 2 layers and 1 entry in ${what}`, numbers: [2, 1], hint: countHint },
  ];
  for (const c of cases) {
    it(`throws an Error naming both counts when ${c.title}`, async () => {
      const args = argsFor(layers, c.bad);
      await expectThrows(chapter.call(name, args), formatCall(name, args), { because: c.because, naming: { what: 'both counts', numbers: c.numbers }, hint: c.hint });
    });
  }
  it(`throws an Error naming both shapes when a ${what === 'grads' ? 'dW' : `${what}[l].dW`} does not have its W's shape`, async () => {
    const bad = [{ dW: [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], db: grads[0].db }, grads[1]];
    const args = argsFor(layers, bad);
    const error = await expectThrows(chapter.call(name, args), formatCall(name, args), {
      because: `layer 1's W is (2×2) but ${what}[0].dW is (2×3)`,
      hint: 'For each layer l, compare the rows and columns of the gradient with those of W (and b), and name both shapes.',
    });
    expectThat(
      error.thrown.message.includes('(2×2)') && error.thrown.message.includes('(2×3)'),
      () => `${formatCall(name, args)} threw an Error, but its message "${error.thrown.message}" does not name both shapes, (2×2) and (2×3).`,
    );
  });
  it(`throws an Error naming both shapes when a ${what === 'grads' ? 'db' : `${what}[l].db`} does not have its b's shape (one per example, not summed over the batch: a check of dW alone lets it through)`, async () => {
    const bad = [{ dW: grads[0].dW, db: grads[0].db.map(([x]) => [x, x, x]) }, grads[1]];
    const [b, db] = [shape(layers[0].b), shape(bad[0].db)];
    const args = argsFor(layers, bad);
    const error = await expectThrows(chapter.call(name, args), formatCall(name, args), {
      because: `layer 1's b is ${b} but ${what}[0].db is ${db}`,
      hint: 'For each layer l, compare the rows and columns of db with those of b too, not only dW with W, and name both shapes.',
    });
    expectThat(
      error.thrown.message.includes(b) && error.thrown.message.includes(db),
      () => `${formatCall(name, args)} threw an Error, but its message "${error.thrown.message}" does not name both shapes, ${b} and ${db}.`,
    );
  });
}

describe('sgdUpdate', () => {
  async function checkSgd(layers: LayerRows[], grads: GradRows[], learningRate: number) {
    const args = [layers, grads, learningRate];
    const what = formatCall('sgdUpdate', args);
    const got = await chapter.call<LayerRows[]>('sgdUpdate', args);
    const want = sgdStep(layers, grads, learningRate);
    // Each named only when it alone gives these parameters (test/causes/structured.ts).
    const named = anyMatters(grads)
      ? onlyReading(got, want, {
          uphill: sgdStep(layers, grads, -learningRate),
          'biases not stepped': grads.some((g) => g.db.flat().some(matters)) ? want.map((l, i) => ({ W: l.W, b: layers[i].b })) : undefined,
        })
      : undefined;
    misconception(
      named === 'uphill',
      () => `${what} returned ${formatValue(got)}: every parameter moved up the gradient (W + η·dW), towards a larger cost. The gradient points uphill, so the step subtracts it: expected ${formatValue(want)}.`,
      { hint: 'W[i][j] - learningRate * dW[i][j], and the same for b: minus.' },
    );
    misconception(
      named === 'biases not stepped',
      () => `${what} returned ${formatValue(got)}: the weights moved but the biases did not. b steps too: b − η·db.`,
    );
    expectNear(got, want, what);
  }

  it('takes the worked step on the page', async () => {
    const { layers, grads, learningRate } = inputs.optimiser;
    await checkSgd(layers.map((l) => ({ W: copy(l.W), b: copy(l.b) })), grads[0].map((g) => ({ dW: copy(g.dW), db: copy(g.db) })), learningRate);
  });

  it('matches the reference on random networks (1 to 4 layers) and learning rates, leaving layers and grads unchanged', async () => {
    await forAll('sgdUpdate/random', fc.tuple(network(1), fc.constantFrom(0.1, 0.5, 1, 0.01)), ([net, learningRate]) => checkSgd(net.layers, net.grads[0], learningRate));
  });

  badGradients('sgdUpdate', (layers, grads) => [layers, grads, 0.1]);
});

describe('momentumUpdate', () => {
  type Result = { layers: LayerRows[]; velocities: GradRows[] };

  function reference(layers: readonly LayerRows[], grads: readonly GradRows[], velocities: readonly GradRows[], learningRate: number, beta: number): Result {
    const next = velocities.map((v) => ({ dW: copy(v.dW), db: copy(v.db) }));
    const stepped = eachParameter(layers, grads, (value, grad, l, which) => {
      const key = which === 'W' ? 'dW' : 'db';
      const velocity = Matrix.from(next[l][key]);
      momentumReference(value, grad, velocity.data, learningRate, beta);
      next[l][key] = toRows(velocity);
    });
    return { layers: stepped, velocities: next };
  }

  async function checkMomentum(layers: LayerRows[], grads: GradRows[], velocities: GradRows[], learningRate: number, beta: number, step = '') {
    const args = [layers, grads, velocities, learningRate, beta];
    const what = `${step}${formatCall('momentumUpdate', args)}`;
    const got = await chapter.call<Result>('momentumUpdate', args);
    const want = reference(layers, grads, velocities, learningRate, beta);
    expectThat(
      !!got && typeof got === 'object' && Array.isArray(got.layers) && Array.isArray(got.velocities),
      () => `${what} returned ${formatValue(got)}; expected an object { layers, velocities }, both arrays with one entry per layer.`,
    );
    const remembered = beta !== 0 && anyMatters(velocities);
    // Each named only when it alone gives these parameters (test/causes/structured.ts).
    const named = onlyReading(got.layers, want.layers, {
      'velocities forgotten': remembered ? sgdStep(layers, grads, learningRate) : undefined,
      uphill: anyMatters(grads) ? reference(layers, grads, velocities, -learningRate, beta).layers : undefined,
    });
    misconception(
      named === 'velocities forgotten',
      () => `${what} moved the parameters by a plain SGD step, −η·dW: it forgot the velocities it was given. The velocity carries over from step to step: v ← β·v + dW with the v passed in, then W ← W − η·v (expected ${formatValue(want.layers)}).`,
      { hint: 'Use the velocities argument: newV = beta * velocities[l].dW[i][j] + grads[l].dW[i][j], and return the new velocities for the next call.' },
    );
    misconception(named === 'uphill', () => `${what} returned layers ${formatValue(got.layers)}: the step went up the velocity (W + η·v), towards a larger cost; expected ${formatValue(want.layers)}.`);
    // The page's other convention, v ← β·v − η·dW and W ← W + v: the same steps for a fixed η, but
    // velocities −η times this exercise's (so even a first step from zero velocities shows it).
    const subtracted = velocities.map((v, l) => ({
      dW: v.dW.map((r, i) => r.map((x, j) => beta * x - learningRate * grads[l].dW[i][j])),
      db: v.db.map((r, i) => r.map((x, j) => beta * x - learningRate * grads[l].db[i][j])),
    }));
    const convention = anyMatters(grads)
      ? onlyReading(got, want, {
          'v ← βv − η·dW': { layers: layers.map(({ W, b }, l) => ({ W: W.map((r, i) => r.map((w, j) => w + subtracted[l].dW[i][j])), b: b.map((r, i) => r.map((x, j) => x + subtracted[l].db[i][j])) })), velocities: subtracted },
        })
      : undefined;
    misconception(
      convention === 'v ← βv − η·dW',
      () => `${what} returned ${formatValue(got)}: velocities β·v − η·dW and the step W + v. That is the other convention the page mentions (v ← β·v − η·∇J, θ ← θ + v), whose velocity is −η times this exercise's. Here the velocity is v ← β·v + dW and the step W ← W − η·v, so that the velocities passed in and returned mean the same from call to call (expected ${formatValue(want)}).`,
      { hint: 'newV = beta * v + dW (no learning rate in the velocity), then W - learningRate * newV.' },
    );
    const ema = velocities.map((v, l) => ({
      dW: v.dW.map((r, i) => r.map((x, j) => beta * x + (1 - beta) * grads[l].dW[i][j])),
      db: v.db.map((r, i) => r.map((x, j) => beta * x + (1 - beta) * grads[l].db[i][j])),
    }));
    // Named only when it alone gives these velocities (test/causes/structured.ts): with β = 0 the
    // moving average is the gradient itself, and where the gradients are 0 it is the old v times β.
    const velocityMistake = onlyReading(got.velocities, want.velocities, {
      'moving average': ema,
      'gradients alone': grads,
      'not updated': velocities,
    });
    misconception(
      velocityMistake === 'moving average',
      () => `${what} returned velocities ${formatValue(got.velocities)}, which is β·v + (1 − β)·dW, a moving average. This course's velocity is v ← β·v + dW, without the (1 − β) (expected ${formatValue(want.velocities)}).`,
    );
    expectNear(got, want, what);
    return got;
  }

  it('takes the three worked steps on the page, from zero velocities, passing each step its velocities', async () => {
    const { layers, grads, learningRate, beta } = inputs.optimiser;
    let state: Result = { layers: layers.map((l) => ({ W: copy(l.W), b: copy(l.b) })), velocities: zerosLike(layers.map((l) => ({ W: copy(l.W), b: copy(l.b) }))) };
    for (const [k, g] of grads.entries()) {
      state = await checkMomentum(state.layers, g.map((x) => ({ dW: copy(x.dW), db: copy(x.db) })), state.velocities, learningRate, beta, `Step ${k + 1}: `);
    }
  });

  it('matches the reference on random networks, velocities, learning rates and betas, leaving every input unchanged', async () => {
    const input = fc.tuple(network(1), fc.constantFrom(0.1, 0.5, 0.01), fc.constantFrom(0.9, 0.5, 0, 0.99));
    await forAll('momentumUpdate/random', input, ([net, learningRate, beta]) => checkMomentum(net.layers, net.grads[0], net.m, learningRate, beta).then(() => undefined));
  });

  badGradients('momentumUpdate', (layers, grads) => [layers, grads, zerosLike(layers), 0.1, 0.9]);
  badGradients('momentumUpdate', (layers, velocities) => [layers, inputs.optimiser.grads[0].map((g) => ({ dW: copy(g.dW), db: copy(g.db) })), velocities, 0.1, 0.9], 'velocities');
});

describe('adamUpdate', () => {
  type Options = { beta1?: number; beta2?: number; epsilon?: number };
  type Result = { layers: LayerRows[]; state: AdamState };

  function reference(layers: readonly LayerRows[], grads: readonly GradRows[], state: AdamState, learningRate: number, options: Options, correct = true): Result {
    const t = state.t + 1;
    const m = state.m.map((g) => ({ dW: copy(g.dW), db: copy(g.db) }));
    const v = state.v.map((g) => ({ dW: copy(g.dW), db: copy(g.db) }));
    const { beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
    const stepped = eachParameter(layers, grads, (value, grad, l, which) => {
      const key = which === 'W' ? 'dW' : 'db';
      const mm = Float64Array.from(m[l][key].flat());
      const vv = Float64Array.from(v[l][key].flat());
      if (correct) {
        adamReference(value, grad, mm, vv, t, learningRate, options);
      } else {
        // Without bias correction: the raw running means step the parameter.
        for (let i = 0; i < mm.length; i++) {
          mm[i] = beta1 * mm[i] + (1 - beta1) * grad.data[i];
          vv[i] = beta2 * vv[i] + (1 - beta2) * grad.data[i] ** 2;
          value.data[i] -= (learningRate * mm[i]) / (Math.sqrt(vv[i]) + epsilon);
        }
      }
      m[l][key] = toRows(new Matrix(value.rows, value.cols, mm));
      v[l][key] = toRows(new Matrix(value.rows, value.cols, vv));
    });
    return { layers: stepped, state: { t, m, v } };
  }

  async function checkAdam(layers: LayerRows[], grads: GradRows[], state: AdamState, learningRate: number, options?: Options, step = '') {
    const args = options === undefined ? [layers, grads, state, learningRate] : [layers, grads, state, learningRate, options];
    const what = `${step}${formatCall('adamUpdate', args)}`;
    const got = await chapter.call<Result>('adamUpdate', args);
    const want = reference(layers, grads, state, learningRate, options ?? {});
    expectThat(
      !!got && typeof got === 'object' && Array.isArray(got.layers) && !!got.state && typeof got.state === 'object',
      () => `${what} returned ${formatValue(got)}; expected an object { layers, state } with state = { t, m, v }.`,
    );
    const uncorrected = reference(layers, grads, state, learningRate, options ?? {}, false);
    const o = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, ...options };
    const t = state.t + 1;
    /** Adam's step with the bias correction, dividing m̂ by denominator(v̂). */
    const adamStep = (denominator: (vHat: number) => number) =>
      layers.map((layer, l) => {
        const move = (p: Rows, g: Rows, m0: Rows, v0: Rows) =>
          p.map((row, i) =>
            row.map((x, j) => {
              const m = o.beta1 * m0[i][j] + (1 - o.beta1) * g[i][j];
              const v = o.beta2 * v0[i][j] + (1 - o.beta2) * g[i][j] ** 2;
              return x - (learningRate * (m / (1 - o.beta1 ** t))) / denominator(v / (1 - o.beta2 ** t));
            }),
          );
        return { W: move(layer.W, grads[l].dW, state.m[l].dW, state.v[l].dW), b: move(layer.b, grads[l].db, state.m[l].db, state.v[l].db) };
      });
    // Each named only when it alone gives these parameters (test/causes/structured.ts). Epsilon
    // inside the root moves an entry by about η·ε/|g|, far below the chapter's 1e-9: only 1e-12
    // tells it from the right step, and it is never named where it is within that of another reading.
    // With the gradients 0, the uncorrected step is the right one; a plain SGD step and one without
    // epsilon are the rivals a learner's code may also give.
    const adamMistake = onlyReading(
      got.layers,
      want.layers,
      {
        'without bias correction': uncorrected.layers,
        'epsilon inside the root': adamStep((vHat) => Math.sqrt(vHat + o.epsilon)),
        'without epsilon': adamStep(Math.sqrt),
        'plain SGD': sgdStep(layers, grads, learningRate),
      },
      1e-12,
    );
    misconception(
      adamMistake === 'without bias correction',
      () => `${what} returned layers ${formatValue(got.layers)}: that is Adam without the bias correction. On step ${state.t + 1} m is still pulled towards its start at 0 (after one step m = (1 − β₁)·g, a tenth of g), so divide by 1 − β₁^t and 1 − β₂^t with t = ${state.t + 1}: m̂ = m / (1 − β₁^t), v̂ = v / (1 − β₂^t), then W − η·m̂ / (√v̂ + ε) (expected ${formatValue(want.layers)}).`,
      { hint: 'On the first step (t = 1) the corrected m̂ is exactly g and v̂ exactly g², so every entry moves by about the learning rate.' },
    );
    misconception(
      adamMistake === 'epsilon inside the root',
      () => `${what} returned layers ${formatValue(got.layers)}: that is m̂ / √(v̂ + ε), with epsilon inside the square root. Adam adds epsilon after the root, m̂ / (√v̂ + ε) (expected ${formatValue(want.layers)}).`,
    );
    const flat = JSON.stringify(got.layers);
    misconception(
      state.t === 0 && (flat.includes('null') || Array.isArray(got.layers) && got.layers.flatMap((l) => [...(l?.W ?? []), ...(l?.b ?? [])]).flat().some((x) => !Number.isFinite(x))),
      () => `${what} returned layers ${formatValue(got.layers)}, with NaN or Infinity, on the first step (state.t = 0). With t = state.t = 0 the correction 1 − β^0 is 0, and dividing by it blows up: the number of THIS step is t = state.t + 1 = 1.`,
      { hint: 'const t = state.t + 1; use this t in both corrections, and return it as the new state.t.' },
    );
    expectThat(got.state.t === want.state.t, () => `${what} returned state.t = ${formatValue(got.state.t)}; expected ${want.state.t}: the step count goes up by one each call (state.t + 1), or the next call's bias correction uses the wrong t.`);
    expectNear(got, want, what);
    return got;
  }

  const worked = () => inputs.optimiser.layers.map((l) => ({ W: copy(l.W), b: copy(l.b) }));

  it('takes the first step with the bias correction: every entry moves by about the learning rate (the worked step on the page)', async () => {
    const { grads, adamLearningRate } = inputs.optimiser;
    const layers = worked();
    await checkAdam(layers, grads[0].map((g) => ({ dW: copy(g.dW), db: copy(g.db) })), { t: 0, m: zerosLike(layers), v: zerosLike(layers) }, adamLearningRate);
  });

  it('takes the three worked steps on the page, passing each step the state the last one returned', async () => {
    const { grads, adamLearningRate } = inputs.optimiser;
    const start = worked();
    let run: Result = { layers: start, state: { t: 0, m: zerosLike(start), v: zerosLike(start) } };
    for (const [k, g] of grads.entries()) {
      run = await checkAdam(run.layers, g.map((x) => ({ dW: copy(x.dW), db: copy(x.db) })), run.state, adamLearningRate, undefined, `Step ${k + 1}: `);
    }
  });

  it('uses beta1, beta2 and epsilon when given', async () => {
    const { grads } = inputs.optimiser;
    const layers = worked();
    const state = { t: 2, m: grads[1].map((g) => ({ dW: copy(g.dW), db: copy(g.db) })), v: grads[2].map((g) => ({ dW: g.dW.map((r) => r.map((x) => x * x)), db: g.db.map((r) => r.map((x) => x * x)) })) };
    await checkAdam(layers, grads[0].map((g) => ({ dW: copy(g.dW), db: copy(g.db) })), state, 0.05, { beta1: 0.5, beta2: 0.9, epsilon: 0.1 });
  });

  it('matches the reference on random networks, states (t from 0 to 20) and options, leaving every input unchanged', async () => {
    const input = fc.tuple(network(1), fc.integer({ min: 0, max: 20 }), fc.constantFrom(0.01, 0.1, 0.001), fc.constantFrom<Options | undefined>(undefined, { beta1: 0.8 }, { beta2: 0.99, epsilon: 1e-4 }));
    await forAll('adamUpdate/random', input, ([net, t, learningRate, options]) =>
      checkAdam(net.layers, net.grads[0], { t, m: t === 0 ? zerosLike(net.layers) : net.m, v: t === 0 ? zerosLike(net.layers) : net.v }, learningRate, options).then(() => undefined),
    );
  });

  badGradients('adamUpdate', (layers, grads) => [layers, grads, { t: 0, m: zerosLike(layers), v: zerosLike(layers) }, 0.01]);
  badGradients('adamUpdate', (layers, m) => [layers, inputs.optimiser.grads[0].map((g) => ({ dW: copy(g.dW), db: copy(g.db) })), { t: 0, m, v: zerosLike(layers) }, 0.01], 'state.m');
  badGradients('adamUpdate', (layers, v) => [layers, inputs.optimiser.grads[0].map((g) => ({ dW: copy(g.dW), db: copy(g.db) })), { t: 0, m: zerosLike(layers), v }, 0.01], 'state.v');
});

describe('decayedLearningRate', () => {
  async function checkRate(initial: number, decay: number, epoch: number) {
    const args = [initial, decay, epoch];
    const what = formatCall('decayedLearningRate', args);
    const got = await chapter.call<number>('decayedLearningRate', args);
    const want = inverseTimeDecay(initial, decay, epoch);
    // Each named only when it alone gives this rate (test/causes/structured.ts): with a decay too
    // small to move the rate, both are the right one.
    const named = onlyReading(got, want, { 'one epoch late': initial / (1 + decay * (epoch + 1)), 'one epoch early': epoch > 0 ? initial / (1 + decay * (epoch - 1)) : undefined });
    misconception(
      named === 'one epoch late',
      () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. That is the rate of epoch ${epoch + 1}: the decay is off by one epoch. Epochs count from 0 here, so epoch 0 trains at the initial rate ${formatValue(initial)} itself${epoch > 0 ? `, and epoch ${epoch} at ${formatValue(initial)} / (1 + ${decay} · ${epoch})` : ''}.`,
      { hint: 'initial / (1 + decay * epoch), with the epoch as given: do not add 1.' },
    );
    misconception(
      named === 'one epoch early',
      () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. That is the rate of epoch ${epoch - 1}: the decay is off by one epoch (epochs counted from 1). Epochs count from 0 here, so epoch ${epoch} uses initial / (1 + decay · ${epoch}).`,
    );
    expectClose(got, want, what, TOL);
  }

  it('gives the worked schedule on the page (η₀ = 0.1, decay 0.5, epochs 0 to 4), starting at η₀ itself in epoch 0', async () => {
    for (const epoch of inputs.decay.epochs) await checkRate(inputs.decay.initial, inputs.decay.decay, epoch);
  });

  it('stays at the initial rate when decay is 0', async () => {
    await checkRate(0.3, 0, 7);
  });

  it('matches the reference for random rates, decays and epochs (0 to 100)', async () => {
    const input = fc.tuple(fc.constantFrom(0.1, 1, 0.01, 0.5), fc.constantFrom(0, 0.01, 0.1, 0.5, 2), fc.integer({ min: 0, max: 100 }));
    await forAll('decayedLearningRate/random', input, ([initial, decay, epoch]) => checkRate(initial, decay, epoch));
  });

  it('throws an Error naming the decay when it is not a finite number, 0 or more (-0.5, NaN)', async () => {
    for (const decay of [-0.5, Number.NaN]) {
      await expectThrows(chapter.call('decayedLearningRate', [0.1, decay, 1]), formatCall('decayedLearningRate', [0.1, decay, 1]), {
        because: `the decay ${decay} is not a finite number, 0 or more`,
        naming: { what: 'the decay', numbers: [decay] },
        hint: 'Check !Number.isFinite(decay) || decay < 0: NaN fails every comparison, so decay < 0 alone lets it through.',
      });
    }
  });

  it('throws an Error naming the epoch when it is not a whole number, 0 or more (-1, 1.5)', async () => {
    for (const epoch of [-1, 1.5]) {
      await expectThrows(chapter.call('decayedLearningRate', [0.1, 0.5, epoch]), formatCall('decayedLearningRate', [0.1, 0.5, epoch]), {
        because: `the epoch ${epoch} is not a whole number, 0 or more`,
        naming: { what: 'the epoch', numbers: [epoch] },
        hint: 'Check !Number.isInteger(epoch) || epoch < 0.',
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('trainMlp', () => {
  // The solution trains the XOR run in about 0.05–0.2 s and the circles run in about 0.1–0.5 s
  // on this 2-core machine (busy). A plain implementation that copies more (transposing in every
  // matmul, new arrays everywhere) can be ten times slower on a slow laptop; 20 s leaves room for
  // that, and an endless loop still costs only 20 s.
  const deadlineMs = 20_000;
  const page = pageLink('08-training', 'training-trace');

  /** One-hot columns from labels 0 … classes − 1. */
  function asColumns(xs: readonly (readonly number[])[], ys: readonly number[], classes: number): { X: Rows; Y: Rows } {
    return {
      X: xs[0].map((_, i) => xs.map((x) => x[i])),
      Y: Array.from({ length: classes }, (_, c) => ys.map((y) => (y === c ? 1 : 0))),
    };
  }
  const xor = () => {
    const { xs, ys } = XOR();
    return asColumns(xs, ys, 2);
  };

  /** lib's run of the same loop: same start, same batches, plain SGD, the cost after every epoch. */
  const referenceRun = (X: Rows, Y: Rows, options: TrainMlpOptions): TrainMlpResult => spineTrainingRun(X, Y, options);

  async function train(X: Rows, Y: Rows, options: TrainMlpOptions, what: string): Promise<TrainMlpResult> {
    return chapter.call<TrainMlpResult>('trainMlp', [X, Y, options], { timeoutMs: deadlineMs, label: what });
  }

  /** The result's shape, then the symmetry of layer 1: checked before anything is compared. */
  function expectTrainedShape(got: TrainMlpResult, X: Rows, Y: Rows, options: TrainMlpOptions, what: string) {
    const { sizes } = options;
    expectThat(
      !!got && typeof got === 'object' && Array.isArray(got.layers) && Array.isArray(got.costs),
      () => `${what} returned ${formatValue(got)}; expected an object { layers, costs }.`,
    );
    const shapesRight =
      got.layers.length === sizes.length - 1 &&
      got.layers.every((l, i) => Array.isArray(l?.W) && Array.isArray(l?.b) && l.W.length === sizes[i + 1] && l.W.every((r) => Array.isArray(r) && r.length === sizes[i]) && l.b.length === sizes[i + 1]);
    expectThat(
      shapesRight,
      () => `${what} returned layers of shapes ${formatValue(got.layers.map((l) => `W ${shape(l?.W ?? [])}, b ${shape(l?.b ?? [])}`))}; expected one layer per pair of sizes [${sizes.join(', ')}]: W[l] (n_l × n_{l−1}), b[l] (n_l × 1).`,
    );
    const W1 = got.layers[0].W;
    const first = JSON.stringify(W1[0]);
    // Equal rows are the symptom; the start is named only when the run from zeros alone gives these
    // layers (test/causes/structured.ts), not the right run and not the zeros left untrained.
    const symmetric = W1.length > 1 && sizes.length > 2 && W1.every((row) => JSON.stringify(row) === first);
    const zeros = sizes.slice(1).map((n, l) => ({ W: Array.from({ length: n }, () => Array<number>(sizes[l]).fill(0)), b: Array.from({ length: n }, () => [0]) }));
    const start = symmetric
      ? onlyReading(got.layers, referenceRun(X, Y, options).layers, { 'zero start': spineTrainingRun(X, Y, options, zeros).layers, 'not trained': zeros })
      : undefined;
    misconception(
      start === 'zero start',
      () => `${what}: every hidden unit of layer 1 has the same weights after training (each row of W[1] is ${formatValue(W1[0])}). The symmetry was never broken: units that start equal get equal gradients and stay equal forever, so the layer acts as one unit. This happens when the weights start at zeros (or all at one value): start from initializeParameters(sizes, seed), whose random weights make every unit different.`,
      { hint: 'layers = initializeParameters(options.sizes, options.seed), from your chapter 6, before the first epoch.' },
    );
  }

  /**
   * The costs of a loop that cuts epoch k's batches as `orderOf(k, m)` lists them (example indices),
   * with plain SGD from the same start: the readings of the loop mistakes below.
   */
  function loopCosts(X: Rows, Y: Rows, options: TrainMlpOptions, orderOf: (epoch: number, m: number) => number[][]): number[] {
    const net = spineNetwork(options, spineInitialLayers(options.sizes, options.seed));
    const [x, y] = [Matrix.from(X), Matrix.from(Y)];
    const sgd = new SGD(options.learningRate);
    const costs = [net.loss(x, y)];
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (const indices of orderOf(epoch, x.cols)) net.trainStep(gatherColumns(x, indices), gatherColumns(y, indices), sgd);
      costs.push(net.loss(x, y));
    }
    return costs;
  }

  /** What each loop mistake does, said to the learner; the readings are named in loopMistakes. */
  const loopMistake = {
    'no shuffle': 'never shuffles: every epoch cuts the columns in their original order',
    'the same seed every epoch': `shuffles every epoch with the same seed, miniBatches(X, Y, batchSize, seed), so every epoch sees the same batches`,
    'epochs counted from 0': 'shuffles epoch k with seed + k − 1 (epochs counted from 0), one seed early',
    'one full batch': 'takes one step per epoch on all of X and Y, ignoring batchSize',
  } as const;

  /** The loop mistake whose costs alone match the learner's, when one does (test/causes/structured.ts). */
  function loopMistakeOf(got: TrainMlpResult, X: Rows, Y: Rows, options: TrainMlpOptions, want: TrainMlpResult): keyof typeof loopMistake | undefined {
    const { batchSize, seed } = options;
    return onlyReading(got.costs, want.costs, {
      'no shuffle': loopCosts(X, Y, options, (_, m) => batchIndices(m, batchSize)),
      'the same seed every epoch': loopCosts(X, Y, options, (_, m) => batchIndices(m, batchSize, createRandom(seed))),
      'epochs counted from 0': loopCosts(X, Y, options, (epoch, m) => batchIndices(m, batchSize, createRandom(seed + epoch - 1))),
      'one full batch': loopCosts(X, Y, options, (_, m) => [Array.from({ length: m }, (_, j) => j)]),
    });
  }

  /** The learner's run against lib's: costs epoch by epoch (the first that parts is named), then the layers. */
  function expectSameRun(got: TrainMlpResult, X: Rows, Y: Rows, options: TrainMlpOptions, what: string) {
    expectTrainedShape(got, X, Y, options, what);
    const want = referenceRun(X, Y, options);
    const { epochs } = options;
    if (got.costs.length === epochs && isClose(got.costs, want.costs.slice(1))) {
      expectThat(false, () => `${what} returned costs ${formatValue(got.costs)}: the costs after each epoch, without the cost before training. costs has epochs + 1 = ${epochs + 1} entries, costs[0] the cost of the initial network (expected ${formatValue(want.costs)}).`);
    }
    if (got.costs.length === epochs && isClose(got.costs, want.costs.slice(0, -1))) {
      expectThat(false, () => `${what} returned costs ${formatValue(got.costs)}: the costs before each epoch, without the cost after the last one. costs has epochs + 1 = ${epochs + 1} entries (expected ${formatValue(want.costs)}).`);
    }
    expectThat(
      got.costs.length === want.costs.length,
      () => `${what} returned ${got.costs.length} costs ${formatValue(got.costs)}; expected epochs + 1 = ${want.costs.length}: the cost before training, then one after each of the ${epochs} epochs.`,
    );
    const k = want.costs.findIndex((c, i) => !isClose(got.costs[i], c));
    if (k === 0) {
      expectThat(
        false,
        () => `${what} returned costs[0] = ${formatValue(got.costs[0])}, the cost before training; expected ${formatValue(want.costs[0])}, the categorical cross-entropy on all of X and Y of initializeParameters(${formatValue(options.sizes)}, ${options.seed}) with ${options.hiddenActivation} hidden layers and a softmax output.`,
        { hint: 'Start from initializeParameters(sizes, seed); activations are the hidden activation for every layer but the last, and softmax for the last; the cost is categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y).' },
      );
    }
    if (k > 0) {
      // Named only when it alone gives the cost after epoch 1 (test/causes/structured.ts): where
      // the uphill epoch barely moves the cost, an epoch that changed nothing gives it too.
      const uphillRun = referenceRun(X, Y, { ...options, learningRate: -options.learningRate });
      const epochOne = onlyReading(got.costs[1], want.costs[1], { uphill: uphillRun.costs[1], 'nothing learned': want.costs[0] });
      misconception(
        epochOne === 'uphill',
        () => `${what}: after epoch 1 the cost is ${formatValue(got.costs[1])}, where the reference has ${formatValue(want.costs[1])}; that is what steps up the gradient (W + η·dW) give. Step against the gradient (sgdUpdate subtracts).`,
      );
      const parts = `${what} parts from the reference in epoch ${k}: after ${k} ${k === 1 ? 'epoch' : 'epochs'} your cost is ${formatValue(got.costs[k])}, and it should be ${formatValue(want.costs[k])}`;
      const mistake = loopMistakeOf(got, X, Y, options, want);
      misconception(
        mistake !== undefined,
        () => `${parts}. Your costs ${formatValue(got.costs)} are exactly those of a loop that ${mistake ? loopMistake[mistake] : ''}; expected ${formatValue(want.costs)}, from the batches of miniBatches(X, Y, batchSize, seed + k) in epoch k = 1, 2, …, one step per batch.`,
        { hint: `The loop around your chapters 6 and 7, not the functions themselves: for (let epoch = 1; epoch <= epochs; epoch++) { for (const batch of miniBatches(X, Y, batchSize, seed + epoch)) { forward, backward, sgdUpdate } }, then the cost on all of X and Y. The page's trace (${page}) shows every epoch of a small run.` },
      );
      expectThat(
        false,
        () => `${parts} (the costs up to then agree: ${formatValue(want.costs.slice(0, k))}).`,
        {
          hint: `Each epoch k (from 1) shuffles with miniBatches(X, Y, batchSize, seed + k), and each batch takes one forward pass, one backward pass and one sgdUpdate; the cost is recorded once per epoch, on all of X and Y. The page's trace (${page}) shows every epoch of a small run.`,
        },
      );
    }
    expectNear(got.layers, want.layers, what);
  }

  function accuracy(got: TrainMlpResult, X: Rows, Y: Rows, options: TrainMlpOptions): number {
    return spineNetwork(options, got.layers).accuracy(Matrix.from(X), Matrix.from(Y));
  }

  const optionsOf = (o: { sizes: readonly number[]; hiddenActivation: 'relu' | 'sigmoid' | 'tanh'; learningRate: number; epochs: number; batchSize: number; seed: number }): TrainMlpOptions => ({ ...o, sizes: [...o.sizes] });

  it('follows the training trace on the page epoch by epoch (XOR, 2-3-2 tanh, three epochs)', async () => {
    const { X, Y } = xor();
    const options = optionsOf(inputs.traceRun.options);
    const what = formatCall('trainMlp', [X, Y, options]);
    expectSameRun(await train(X, Y, options, what), X, Y, options, what);
  });

  it('returns the initial network and one cost for epochs = 0', async () => {
    const { X, Y } = xor();
    const options = { ...optionsOf(inputs.traceRun.options), epochs: 0 };
    const what = formatCall('trainMlp', [X, Y, options]);
    expectSameRun(await train(X, Y, options, what), X, Y, options, what);
  });

  it('matches the reference epoch by epoch on random data and networks (1 to 3 hidden layers, relu, sigmoid or tanh)', async () => {
    const input = fc.tuple(
      fc.integer({ min: 1, max: 10 }),
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 3 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom<'relu' | 'sigmoid' | 'tanh'>('tanh', 'relu', 'sigmoid'),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 1000 }),
      fc.array(decimal(3), { minLength: 30, maxLength: 30 }),
      fc.array(fc.nat(9), { minLength: 10, maxLength: 10 }),
    );
    await forAll(
      'trainMlp/random',
      input,
      async ([m, hidden, depth, features, hiddenActivation, batchSize, epochs, seed, values, labels]) => {
        const classes = 2 + (labels[0] % 2);
        const X = Array.from({ length: features }, (_, i) => Array.from({ length: m }, (_, j) => values[i * 10 + j]));
        const Y = Array.from({ length: classes }, (_, c) => labels.slice(0, m).map((l) => (l % classes === c ? 1 : 0)));
        const options: TrainMlpOptions = { sizes: [features, ...hidden.slice(0, depth), classes], hiddenActivation, learningRate: 0.5, epochs, batchSize, seed };
        const what = formatCall('trainMlp', [X, Y, options]);
        expectSameRun(await train(X, Y, options, what), X, Y, options, what);
      },
      { numRuns: 12 },
    );
  });

  it('solves XOR: 100% of the four points right (2-4-2 tanh, 300 epochs in batches of 2)', async () => {
    const { X, Y } = xor();
    const options = optionsOf(inputs.xorRun.options);
    const what = formatCall('trainMlp', [X, Y, options]);
    const got = await train(X, Y, options, what);
    expectTrainedShape(got, X, Y, options, what);
    const right = accuracy(got, X, Y, options);
    if (right < 1) {
      expectThat(false, () => `${what} classifies ${formatValue(right * 100)}% of the XOR points right; expected 100%. Its costs went from ${formatValue(got.costs[0])} to ${formatValue(got.costs.at(-1))} (the reference ends at ${formatValue(referenceRun(X, Y, options).costs.at(-1))}).`);
    }
  });

  it('separates two noisy circles: at least 95% of 200 points right (2-8-2 relu, 50 epochs in batches of 20)', async () => {
    const { count, seed, noise } = inputs.circlesRun.data;
    const data = circles(count, createRandom(seed), { noise });
    const { X, Y } = asColumns(data.xs, data.ys, 2);
    const options = optionsOf(inputs.circlesRun.options);
    const what = `trainMlp on ${count} points in two circles (circles(${count}, createRandom(${seed}), { noise: ${noise} })) with ${formatValue(options)}`;
    const got = await train(X, Y, options, what);
    expectTrainedShape(got, X, Y, options, what);
    const right = accuracy(got, X, Y, options);
    if (right < 0.95) {
      expectThat(false, () => `${what} classifies ${formatValue(right * 100)}% of the points right; expected at least 95%. Its costs went from ${formatValue(got.costs[0])} to ${formatValue(got.costs.at(-1))} (the reference ends at ${formatValue(referenceRun(X, Y, options).costs.at(-1))}).`);
    }
  });

  it('throws an Error naming the learning rate when it is not a finite number greater than 0 (0, -0.5, NaN)', async () => {
    const { X, Y } = xor();
    for (const learningRate of [0, -0.5, Number.NaN]) {
      const args = [X, Y, { ...optionsOf(inputs.traceRun.options), learningRate }];
      await expectThrows(chapter.call('trainMlp', args), formatCall('trainMlp', args), {
        because: `the learning rate ${learningRate} is not a finite number greater than 0`,
        naming: { what: 'the learning rate', numbers: [learningRate] },
        hint: 'Check !Number.isFinite(learningRate) || learningRate <= 0 before training: NaN fails every comparison.',
      });
    }
  });

  it('throws an Error naming the epoch count when it is not a whole number, 0 or more (-1, 2.5)', async () => {
    const { X, Y } = xor();
    for (const epochs of [-1, 2.5]) {
      const args = [X, Y, { ...optionsOf(inputs.traceRun.options), epochs }];
      await expectThrows(chapter.call('trainMlp', args), formatCall('trainMlp', args), {
        because: `epochs = ${epochs} is not a whole number, 0 or more`,
        naming: { what: 'the epoch count', numbers: [epochs] },
        hint: 'Check !Number.isInteger(epochs) || epochs < 0 before training.',
      });
    }
  });

  it('throws an Error when X and Y have different numbers of columns (examples)', async () => {
    const { X, Y } = xor();
    const args = [X, Y.map((row) => row.slice(0, 3)), optionsOf(inputs.traceRun.options)];
    await expectThrows(chapter.call('trainMlp', args), formatCall('trainMlp', args), {
      because: 'X has 4 examples (columns) and Y has 3',
      hint: 'miniBatches already checks that X and Y have the same number of columns; make sure it (or your own check) runs before training.',
    });
  });

  for (const { title, sizes, numbers, because } of [
    { title: 'sizes[0] is not the number of rows of X', sizes: [3, 3, 2], numbers: [3, 2], because: 'sizes[0] = 3 but X has 2 rows (features)' },
    { title: 'the last size is not the number of rows of Y', sizes: [2, 3, 1], numbers: [1, 2], because: 'the last size is 1 but Y has 2 rows (classes)' },
  ]) {
    it(`throws an Error naming both numbers when ${title}`, async () => {
      const { X, Y } = xor();
      const args = [X, Y, { ...optionsOf(inputs.traceRun.options), sizes }];
      await expectThrows(chapter.call('trainMlp', args), formatCall('trainMlp', args), {
        because,
        naming: { what: 'both numbers', numbers },
        hint: 'Compare sizes[0] with X.length and sizes[sizes.length - 1] with Y.length before training, and name both numbers.',
      });
    });
  }
});
