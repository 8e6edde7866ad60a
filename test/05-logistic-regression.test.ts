/**
 * Grader for chapter 5 (logistic regression). For each exercise: the page's worked values first,
 * then the conventions the stub states (σ at z = 0 and z = ±1000, the clipped loss at a = 0 and
 * a = 1, costs with epochs + 1 entries), then seeded random datasets against
 * lib/logistic-regression.ts (1 to 5 features, 1 to 20 examples, shrunk to the smallest failing
 * one), the gradient also against centred differences of lib's cost, then every "Throws" in both
 * directions. A misconception is named only when the returned value is exactly what that mistake
 * gives, and never when it equals the right answer.
 *
 * Nothing here needs chapter 2. A learner who imports their own sigmoid from it while it is still
 * the stub is told "predictProba calls sigmoid, which is not implemented yet: do sigmoid first"
 * (test/grader/status.ts), and so is every exercise that calls predictProba.
 */
import { describe, it } from './grader/runner/api.ts';
import { blobs } from '../lib/datasets.ts';
import { numericalGradient } from '../lib/gradcheck.ts';
import * as reference from '../lib/logistic-regression.ts';
import { model, modelPoints, single, tiny } from '../docs/worked/05-logistic-regression-inputs.ts';
import type { Gradients, LogisticTrainOptions, LogisticTrainResult } from '#learner/05-logistic-regression.ts';
import {
  decimal,
  expectClose,
  expectThat,
  expectThrows,
  fc,
  forAll,
  formatCall,
  formatValue,
  gradientAgreement,
  isClose,
  misconception,
  nameCause,
  openChapter,
  pageLink,
  randomFor,
  sameLength,
} from './grader/index.ts';
import { clipSlack, costMistake, lossMistake, probabilityMistake, type CostInput, type LossInput, type ProbaInput } from './causes/05-logistic-regression.ts';
import { onlyReading } from './causes/structured.ts';
import type { TrainRun } from './probes/05-logistic-regression.ts';

const chapter = openChapter('05-logistic-regression', {
  params: {
    predictProba: ['w', 'b', 'x'],
    binaryCrossEntropy: ['a', 'y', 'epsilon'],
    cost: ['w', 'b', 'xs', 'ys'],
    logisticGradients: ['w', 'b', 'xs', 'ys'],
    gradientStep: ['w', 'b', 'gradients', 'learningRate'],
    trainLogisticRegression: ['xs', 'ys', 'options'],
  },
  probe: 'test/probes/05-logistic-regression.ts',
});

// Sums of at most 20 terms, each a product of numbers below 10 or a logarithm or exponential of
// one: rounding noise is below 1e-13, and every mistake below moves a value by far more than 1e-9.
const TOL = 1e-9;

type Model = { w: number[]; b: number };
type Data = { xs: number[][]; ys: number[] };

const isNumber = (v: unknown): v is number => typeof v === 'number';
/** Above rounding noise, so that "k times the expected value" says something. */
const matters = (v: number) => Math.abs(v) > 1e-6;

/**
 * A dataset of 1 to 5 features and 1 to 20 examples with a model to go with it: drawn at full size
 * and cut, so that the counts shrink with the entries (see sameLength). Features below `xMax` and
 * weights below `wMax` in size (3 and 2 keep |z| below 30).
 */
function datasetOf(xMax: number, wMax: number) {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 5 }),
      m: fc.integer({ min: 1, max: 20 }),
      rows: fc.array(fc.array(decimal(xMax), { minLength: 5, maxLength: 5 }), { minLength: 20, maxLength: 20 }),
      labels: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 20, maxLength: 20 }),
      w: fc.array(decimal(wMax), { minLength: 5, maxLength: 5 }),
      b: decimal(wMax),
    })
    .map(({ n, m, rows, labels, w, b }) => ({ w: w.slice(0, n), b, xs: rows.slice(0, m).map((r) => r.slice(0, n)), ys: labels.slice(0, m) }));
}
const dataset = datasetOf(3, 2);

/** The z of every example. */
const zs = ({ w, b, xs }: Model & Data) => xs.map((x) => x.reduce((s, xj, j) => s + w[j] * xj, b));

// ---------------------------------------------------------------------------------------------
// The "Throws" shared by cost, logisticGradients and (through them) trainLogisticRegression.

interface BadData {
  title: string;
  w: number[];
  xs: number[][];
  ys: number[];
  because: string;
  naming?: { what: string; numbers: number[] };
  hint: string;
}

const countHint = 'Check xs.length !== ys.length first, so that more labels and fewer labels both throw, and put both counts in the message.';
const lengthHint = 'Check every example: xs[i].length !== w.length either way (predictProba already does, if cost calls it), and name both lengths.';

/** xs and ys differ in count: the sentence and the numbers to name follow from the data. */
function countMismatch(title: string, w: number[], xs: number[][], ys: number[]): BadData {
  const because = `there are ${xs.length} examples and ${ys.length} labels`;
  return { title, w, xs, ys, because, naming: { what: 'both counts', numbers: [xs.length, ys.length] }, hint: countHint };
}

/** Example i has a different number of features from w's weights. */
function lengthMismatch(title: string, w: number[], xs: number[][], ys: number[], i: number): BadData {
  const because = `example ${i} has ${xs[i].length} features and w has ${w.length} weights`;
  return { title, w, xs, ys, because, naming: { what: 'both lengths', numbers: [xs[i].length, w.length] }, hint: lengthHint };
}

/** Label i is not 0 or 1. */
function badLabel(title: string, ys: number[], i: number, hint: string): BadData {
  const because = `ys[${i}] = ${ys[i]} is not a label 0 or 1`;
  return { title, w: [1, 2], xs: [[1, 1], [2, 0]], ys, because, naming: { what: 'the label', numbers: [ys[i]] }, hint };
}

const badData: BadData[] = [
  countMismatch('there are more labels than examples', [1, 2], [[1, 1], [2, 0]], [0, 1, 1]),
  countMismatch('there are fewer labels than examples', [1, 2], [[1, 1], [2, 0], [0, 3]], [0, 1]),
  {
    title: 'there are no examples',
    w: [1, 2],
    xs: [],
    ys: [],
    because: 'there are no examples: the mean over m = 0 examples is 0/0',
    hint: 'After the count check, throw when xs.length === 0: dividing by m = 0 gives NaN, not an answer.',
  },
  lengthMismatch('an example has more features than there are weights', [1, 2], [[1, 1], [2, 0, 5]], [0, 1], 1),
  lengthMismatch('an example has fewer features than there are weights', [1, 2, 4], [[1, 1, 1], [2, 0]], [0, 1], 1),
  badLabel(
    'a label is neither 0 nor 1 (here 2)',
    [0, 2],
    1,
    'Labels are 0 or 1: check ys[i] !== 0 && ys[i] !== 1 and throw, naming the label (binaryCrossEntropy already does, if cost calls it).',
  ),
  badLabel(
    'a label is -1 (the sign convention, not 0 or 1)',
    [-1, 1],
    0,
    'Labels are 0 or 1, not -1 and 1: check ys[i] !== 0 && ys[i] !== 1, which catches values below 0 as well as above 1.',
  ),
];

async function expectDataThrows(name: 'cost' | 'logisticGradients', bad: BadData) {
  const args = [bad.w, 0.5, bad.xs, bad.ys];
  await expectThrows(chapter.call(name, args), formatCall(name, args), { because: bad.because, naming: bad.naming, hint: bad.hint });
}

// ---------------------------------------------------------------------------------------------

describe('predictProba', () => {
  const overflowHint = 'For z >= 0 use 1 / (1 + Math.exp(-z)); for z < 0 use e / (1 + e) with e = Math.exp(z). Then no exponential is ever of a large positive number.';

  async function checkProba(w: number[], b: number, x: number[]) {
    const args = [w, b, x];
    const what = formatCall('predictProba', args);
    const got = await chapter.call<number>('predictProba', args);
    const want = reference.predictProba(w, b, x);
    const z = x.reduce((s, xj, j) => s + w[j] * xj, b);
    expectThat(isNumber(got), () => `${what} returned ${formatValue(got)}, a ${typeof got}: return a number, the probability ${formatValue(want)}.`);
    // e^t overflows only for t above about 709, so only such a z can be blamed on an overflow.
    misconception(
      Math.abs(z) > 709 && !Number.isFinite(got),
      () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)} (z = ${formatValue(z)}). Somewhere an exponential overflowed: e^z is Infinity for z above about 709, and Infinity / Infinity is NaN.`,
      { hint: overflowHint },
    );
    // Each named only when it alone explains the probability (test/causes/05-logistic-regression.ts);
    // where two agree here (on the boundary, σ(−z) = σ(z)), the learner's answers on the probes decide.
    const ask = ([pw, pb, px]: ProbaInput) => chapter.call<number>('predictProba', [pw, pb, px]).then((v) => (isNumber(v) ? v : undefined), () => undefined);
    const named = isNumber(got) && !isClose(got, want) ? await nameCause(probabilityMistake, [w, b, x], got, ask) : undefined;
    misconception(
      named === 'sign flipped',
      () => `${what} returned ${formatValue(got)}, which is σ(${formatValue(-z)}): the exponent's sign is flipped. a = σ(z) = 1 / (1 + e^(-z)) with z = w · x + b = ${formatValue(z)}, so expected ${formatValue(want)}.`,
    );
    misconception(named === 'without bias', () => `${what} returned ${formatValue(got)}, which is σ(w · x) without the bias b: z = w · x + b, so expected ${formatValue(want)}.`);
    misconception(
      named === 'z itself',
      () => `${what} returned ${formatValue(got)}, which is z = w · x + b itself: pass it through the sigmoid to get a probability (expected ${formatValue(want)}).`,
    );
    expectClose(got, want, `${what} (z = ${formatValue(z)})`, TOL);
  }

  it('gives the probabilities of the model on the page at its four points', async () => {
    for (const x of Object.values(modelPoints)) await checkProba(model.w, model.b, x);
  });

  it('is exactly 1/2 where z = w · x + b = 0', async () => {
    await checkProba([1, -1], 0, [2, 2]);
    await checkProba([0.5, 0.5], -1, [1, 1]);
  });

  it('matches the reference for random weights, inputs and biases in 1 to 5 dimensions', async () => {
    await forAll('predictProba/random', fc.tuple(sameLength(2, decimal(3), 1, 5), decimal(5)), ([[w, x], b]) => checkProba(w, b, x));
  });

  it('gives 1 and 0 without NaN at z = ±1000 (and ±710, where e^z first overflows)', async () => {
    for (const z of [1000, -1000, 710, -710, 40, -40]) await checkProba([1], 0, [z]);
    await checkProba([2, 1], -2, [500, 0]);
    await checkProba([2, 1], -2, [-500, 0]);
  });

  // One check per direction: a check written as `x.length > w.length` passes one and not the other.
  for (const { w, x, longer } of [
    { w: [0.5, -1], x: [1, 1, 1], longer: 'x is longer than w' },
    { w: [0.5, -1, 2], x: [1, 1], longer: 'x is shorter than w' },
  ]) {
    it(`throws an Error naming both lengths when ${longer}`, async () => {
      const args = [w, 0.5, x];
      await expectThrows(chapter.call('predictProba', args), formatCall('predictProba', args), {
        because: `w has ${w.length} weights and x has ${x.length} features`,
        naming: { what: 'both lengths', numbers: [w.length, x.length] },
        hint: 'Compare x.length with w.length before the sum, and throw when they differ either way (!==, not >).',
      });
    });
  }
});

describe('binaryCrossEntropy', () => {
  const clipHint = 'Clip before the logarithms: const p = Math.min(Math.max(a, epsilon), 1 - epsilon), then use p in both terms.';

  async function checkLoss(args: [number, number] | [number, number, number]) {
    const [a, y, epsilon] = args;
    const what = formatCall('binaryCrossEntropy', args);
    const got = await chapter.call<number>('binaryCrossEntropy', args);
    const want = reference.binaryCrossEntropy(a, y, epsilon);
    const p = Math.min(Math.max(a, epsilon ?? reference.EPSILON), 1 - (epsilon ?? reference.EPSILON));
    // 1e-8 rather than TOL: the default ε = 1e-12 placed differently (inside the logarithms)
    // moves the loss at a = 0.001 by ε / a = 1e-9, which no use of the loss could notice; where
    // ε matters, the checks with ε = 0.01 catch it. A wrong formula moves a loss by far more.
    // At a = 0 or 1, 1e-4: 1 - ε is not exact in float64 (1 - (1 - 1e-12) is 1.0000889e-12), so
    // clipping 1 - a to [ε, 1] instead of a to [ε, 1 - ε], the same rule, moves the loss of a
    // confident wrong answer by 8.9e-5.
    const tol = a === 0 || a === 1 ? 1e-4 : 1e-8;
    expectThat(isNumber(got), () => `${what} returned ${formatValue(got)}, a ${typeof got}: return a number (${formatValue(want)}).`);
    // Only a clipped a (0, 1, or within epsilon of them) can reach ln 0.
    const clipped = p !== a;
    misconception(
      clipped && got === Infinity,
      () => `${what} returned Infinity; expected ${formatValue(want)}. At a = ${formatValue(a)} the logarithm of ${a <= 0.5 ? 'a' : '1 - a'} is ln 0 = -Infinity: clip a to [ε, 1 - ε] first, so that a confident wrong answer costs -ln ε ≈ 27.63 instead of Infinity.`,
      { hint: clipHint },
    );
    misconception(
      clipped && Number.isNaN(got),
      () => `${what} returned NaN; expected ${formatValue(want)}. At a = ${formatValue(a)} the term for the other label is 0 × ln 0 = 0 × (-Infinity), which is NaN in floating point even though it is multiplied by 0: clip a to [ε, 1 - ε] before taking logarithms.`,
      { hint: clipHint },
    );
    // Each named only when it alone explains the loss (test/causes/05-logistic-regression.ts);
    // where two agree here (at a = 0.1 without epsilon every clipping is right), the learner's
    // answers on the probes decide.
    const ask = (probe: LossInput) => chapter.call<number>('binaryCrossEntropy', [...probe]).then((v) => (isNumber(v) ? v : undefined), () => undefined);
    const named = isNumber(got) && !isClose(got, want, tol) ? await nameCause(lossMistake, args, got, ask) : undefined;
    misconception(
      named === 'minus missing',
      () => `${what} returned ${formatValue(got)}, which is negative: the minus sign in front is missing. Both logarithms are of numbers below 1, so -[y ln a + (1 - y) ln(1 - a)] is positive (expected ${formatValue(want)}).`,
    );
    misconception(
      named === 'other label',
      () => `${what} returned ${formatValue(got)}, which is the loss for the label ${1 - y}: y multiplies ln a and (1 - y) multiplies ln(1 - a), so with y = ${y} the loss is ${y === 1 ? '-ln a' : '-ln(1 - a)'} = ${formatValue(want)}.`,
    );
    misconception(
      named === 'clips only 0 and 1',
      () => `${what} returned ${formatValue(got)}, the loss of a = ${formatValue(a)} unclipped: clip every a below epsilon up to epsilon (and every a above 1 - epsilon down to it), not only a = 0 and a = 1, so a becomes ${formatValue(p)} and the loss ${formatValue(want)}.`,
      { hint: clipHint },
    );
    misconception(
      named === 'unclipped',
      () => `${what} returned ${formatValue(got)}, the loss of a = ${formatValue(a)} unclipped: clip a to [ε, 1 - ε] before the logarithms, so a becomes ${formatValue(p)} and the loss ${formatValue(want)}.`,
      { hint: clipHint },
    );
    misconception(
      named === 'epsilon inside',
      () => `${what} returned ${formatValue(got)}, which is -[y ln(a + ε) + (1 - y) ln(1 - a + ε)]: epsilon added inside the logarithms. That also avoids ln 0, but it changes every loss; clip instead, so a becomes ${formatValue(p)} and the loss ${formatValue(want)}.`,
      { hint: clipHint },
    );
    misconception(
      named === 'default epsilon' && epsilon !== undefined,
      () => `${what} returned ${formatValue(got)}, which is a clipped with the default 1e-12: use the epsilon it is given (${formatValue(epsilon)}), so a becomes ${formatValue(p)} and the loss ${formatValue(want)}.`,
    );
    expectClose(got, want, what, tol);
  }

  it('charges the losses of the page, and ln 2 at a = 1/2 for either label', async () => {
    for (const args of [[0.9, 1], [0.5, 1], [0.1, 1], [0.001, 1], [0.1, 0], [0.5, 0]] as const) await checkLoss([...args]);
    await checkLoss([reference.predictProba(model.w, model.b, single.x), single.y]);
  });

  it('matches the reference for random predictions and both labels', async () => {
    const input = fc.tuple(fc.integer({ min: 1, max: 999 }).map((k) => k / 1000), fc.integer({ min: 0, max: 1 }));
    await forAll('binaryCrossEntropy/random', input, (args) => checkLoss(args));
  });

  it('stays finite at a = 0 and a = 1: clipped to [ε, 1 − ε], a confident wrong answer costs about 27.63', async () => {
    for (const args of [[0, 1], [1, 1], [1, 0], [0, 0]] as const) await checkLoss([...args]);
  });

  it('clips with the epsilon it is given', async () => {
    for (const args of [[0, 1, 1e-3], [1, 0, 1e-3], [0.0001, 1, 0.01], [0.3, 1, 0.01]] as const) await checkLoss([...args]);
  });

  it('throws an Error naming y when y is neither 0 nor 1 (2, -1 or 0.5)', async () => {
    for (const y of [2, -1, 0.5]) {
      const args = [0.4, y];
      await expectThrows(chapter.call('binaryCrossEntropy', args), formatCall('binaryCrossEntropy', args), {
        because: `y = ${y} is not a label 0 or 1`,
        naming: { what: 'the label', numbers: [y] },
        hint: 'Check y !== 0 && y !== 1 first (both, so values below 0 and above 1 are caught), and put y in the message.',
      });
    }
  });
});

describe('cost', () => {
  async function checkCost(w: number[], b: number, xs: number[][], ys: number[]) {
    const args = [w, b, xs, ys];
    const what = formatCall('cost', args);
    const got = await chapter.call<number>('cost', args);
    const want = reference.cost(w, b, xs, ys);
    const m = xs.length;
    const tol = TOL + clipSlack(w, b, xs);
    expectThat(isNumber(got), () => `${what} returned ${formatValue(got)}, a ${typeof got}: return a number (${formatValue(want)}).`);
    // Named only when it alone explains the cost (test/causes/05-logistic-regression.ts); where two
    // agree here (from w = 0 every loss is ln 2, and the last loss is the mean), cost's answer on
    // the probe decides.
    const ask = (probe: CostInput) => chapter.call<number>('cost', [probe.w, probe.b, probe.xs, probe.ys]).then((v) => (isNumber(v) ? v : undefined), () => undefined);
    const named = isNumber(got) && !isClose(got, want, tol) ? await nameCause(costMistake, { w, b, xs, ys }, got, ask) : undefined;
    misconception(
      named === 'sum, not mean',
      () => `${what} returned ${formatValue(got)}, which is exactly m = ${m} times the expected ${formatValue(want)}: the sum of the losses instead of their mean. Divide by m = xs.length.`,
      { hint: 'The cost is the mean loss, (1/m) Σ L: a sum grows with the number of examples, and the learning rate would have to shrink with it.' },
    );
    // σ(z) rounds to exactly 1 for z above about 36.7 (and to 0 below about -745): only there can
    // an unclipped loss be infinite or NaN.
    misconception(
      zs({ w, b, xs, ys }).some((z) => Math.abs(z) > 36) && !Number.isFinite(got),
      () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. Some example's loss was not finite: compute each loss with binaryCrossEntropy, which clips a before its logarithms.`,
    );
    expectClose(got, want, what, tol);
  }

  it('gives the costs of the page: one example, and the four points from w = 0 and from the model', async () => {
    await checkCost(model.w, model.b, [single.x], [single.y]);
    await checkCost([0, 0], 0, tiny.xs, tiny.ys);
    await checkCost(model.w, model.b, tiny.xs, tiny.ys);
  });

  it('matches the reference on random datasets (1 to 20 examples, 1 to 5 features)', async () => {
    await forAll('cost/random', dataset, ({ w, b, xs, ys }) => checkCost(w, b, xs, ys));
  });

  it('is finite when the model is confidently wrong (z = ±2000)', async () => {
    await checkCost([100], 0, [[20], [-20]], [0, 1]);
    await checkCost([100], 0, [[20], [-20]], [1, 0]);
  });

  for (const bad of badData) {
    it(`throws an Error when ${bad.title}`, async () => {
      await expectDataThrows('cost', bad);
    });
  }
});

describe('logisticGradients', () => {
  const params = (g: Gradients) => [...g.dw, g.db];

  /** The gradient as it comes out when dz is multiplied by σ'(z) = a(1 − a) a second time. */
  function withExtraSigmoidPrime({ w, b, xs, ys }: Model & Data): number[] {
    const dw = w.map(() => 0);
    let db = 0;
    for (let i = 0; i < xs.length; i++) {
      const a = reference.predictProba(w, b, xs[i]);
      const dz = (a - ys[i]) * a * (1 - a);
      xs[i].forEach((xj, j) => (dw[j] += (dz * xj) / xs.length));
      db += dz / xs.length;
    }
    return [...dw, db];
  }

  async function checkGradients(data: Model & Data) {
    const { w, b, xs, ys } = data;
    const args = [w, b, xs, ys];
    const what = formatCall('logisticGradients', args);
    const got = await chapter.call<Gradients>('logisticGradients', args);
    const want = reference.logisticGradients(w, b, xs, ys);
    expectThat(
      !!got && typeof got === 'object' && Array.isArray(got.dw) && isNumber(got.db),
      () => `${what} returned ${formatValue(got)}; expected an object { dw, db } with dw an array of ${w.length} numbers and db a number.`,
    );
    expectThat(got.dw.length === w.length, () => `${what} returned dw with ${got.dw.length} entries; expected ${w.length}, one per weight.`);
    const g = params(got);
    const v = params(want);
    const m = xs.length;
    // With db = 0 (as at w = 0 on balanced labels) nothing can be told about db's 1/m: the sum over
    // the examples and dw's sum alone are one reading, and the sentence speaks of dw alone.
    const dbMatters = matters(want.db);
    const times = (k: number, sel = (_i: number) => true) => v.map((x, i) => (sel(i) ? k * x : x));
    const isDb = (i: number) => i === w.length;
    // Each named only when it alone gives these gradients (test/causes/structured.ts).
    const named = onlyReading(g, v, {
      'sign flipped': times(-1),
      'sum, not mean': m > 1 && dbMatters ? times(m) : undefined,
      'dw summed': m > 1 ? times(m, (i) => !isDb(i)) : undefined,
      'db summed': m > 1 && dbMatters ? times(m, isDb) : undefined,
      'extra σ′': withExtraSigmoidPrime(data),
    });
    misconception(
      named === 'sign flipped',
      () => `${what} returned ${formatValue(got)}: every gradient has the opposite sign (expected ${formatValue(want)}). That is what dz = y - a gives: ∂L/∂a = -y/a + (1 - y)/(1 - a), times ∂a/∂z = a(1 - a), is dz = a - y.`,
      { hint: 'dz = a - y: positive when the prediction is above the label, so that the step w - η dw lowers z there.' },
    );
    misconception(
      named === 'sum, not mean',
      () => `${what} returned ${formatValue(got)}, which is exactly m = ${m} times too large (expected ${formatValue(want)}): the sum over the examples instead of the mean. The cost is a mean, so divide dw and db by m.`,
    );
    misconception(
      named === 'dw summed',
      () => dbMatters
        ? `${what} returned ${formatValue(got)}: dw is exactly m = ${m} times too large while db is right (expected ${formatValue(want)}). Divide dw by m as well as db.`
        : `${what} returned ${formatValue(got)}: dw is exactly m = ${m} times too large (expected ${formatValue(want)}), the sum over the examples instead of the mean. The cost is a mean, so divide dw by m (and db too).`,
    );
    misconception(
      named === 'db summed',
      () => `${what} returned ${formatValue(got)}: db is exactly m = ${m} times too large while dw is right (expected ${formatValue(want)}). Divide db by m as well as dw.`,
    );
    misconception(
      named === 'extra σ′',
      () => `${what} returned ${formatValue(got)}, which is dz = (a - y) · a(1 - a): the sigmoid's derivative a(1 - a) is already inside a - y (it cancels the loss's denominators), so multiplying by it again is once too often. Expected ${formatValue(want)}.`,
    );
    expectClose(got, want, what, TOL);
  }

  it('gives the gradients of the page: one example, and the four points from the model and from w = 0', async () => {
    await checkGradients({ w: model.w, b: model.b, xs: [single.x], ys: [single.y] });
    await checkGradients({ w: model.w, b: model.b, xs: tiny.xs, ys: tiny.ys });
    await checkGradients({ w: [0, 0], b: 0, xs: tiny.xs, ys: tiny.ys });
  });

  it('matches the reference on random datasets (1 to 20 examples, 1 to 5 features)', async () => {
    await forAll('logisticGradients/random', dataset, checkGradients);
  });

  it('matches centred differences of the cost (relative error below 1e-7)', async () => {
    // Where every |z| < 6. Where an a is clipped (|z| above about 27.6) the clipped cost is flat
    // in that example and its true derivative is not a - y; and as a nears 1, lib's ln(1 - a)
    // loses digits (1 - a is a difference of nearly equal numbers), so the centred difference
    // carries rounding noise of up to 1e-9 by |z| = 10, too much for 1e-7. Below 6 the noise
    // stays under 1e-11 (measured: a relative error of at most 2e-9 over 60,000 datasets).
    const moderate = datasetOf(2, 1).filter((d) => zs(d).every((z) => Math.abs(z) < 6));
    await forAll('logisticGradients/centred-differences', moderate, async ({ w, b, xs, ys }) => {
      const args = [w, b, xs, ys];
      const what = formatCall('logisticGradients', args);
      const got = await chapter.call<Gradients>('logisticGradients', args);
      const analytic = Array.isArray(got?.dw) ? [...got.dw, got.db] : [];
      const numerical = [...numericalGradient((p: number[]) => reference.cost(p.slice(0, w.length), p[w.length], xs, ys), [...w, b])];
      expectThat(
        analytic.length === numerical.length && analytic.every(isNumber),
        () => `${what} returned ${formatValue(got)}; expected dw with ${w.length} numbers and a number db.`,
      );
      // The relative error of the whole gradient, |g - n| / max(|g|, |n|) with |·| the length of
      // the vector (w's entries and b together), as gradient checks usually measure it: an entry
      // that is itself near 0 cannot be resolved to 1e-7 on its own, but a wrong formula moves the
      // whole vector by about its own size. At the minimum, where the gradient is 0, the rounding
      // floor of test/grader/gradient.ts decides, for values on the way up to 6 in size (the
      // logits; each loss term is below |z| + ln 2).
      const { agrees, relativeError: error, worst } = gradientAgreement(analytic, numerical, { magnitude: 6 });
      const name = worst === w.length ? 'db' : `dw[${worst}]`;
      expectThat(
        agrees,
        () => `${what} returned ${formatValue(got)}, which differs from the centred differences (J(+h) - J(-h)) / 2h of the cost, ${formatValue(numerical)}, by a relative error of ${formatValue(error)} (above 1e-7); the largest difference is at ${name}: ${formatValue(analytic[worst])} against ${formatValue(numerical[worst])}.`,
      );
    });
  });

  for (const bad of badData) {
    it(`throws an Error when ${bad.title}`, async () => {
      await expectDataThrows('logisticGradients', bad);
    });
  }
});

describe('gradientStep', () => {
  async function checkStep(w: number[], b: number, gradients: Gradients, learningRate: number) {
    const args = [w, b, gradients, learningRate];
    const what = formatCall('gradientStep', args);
    const got = await chapter.call<Model>('gradientStep', args);
    const want = reference.gradientStep(w, b, gradients, learningRate);
    const step = (rate: number, stepW = true, stepB = true) => ({
      w: w.map((wj, j) => (stepW ? wj - rate * gradients.dw[j] : wj)),
      b: stepB ? b - rate * gradients.db : b,
    });
    // Each named only when it alone gives this w and b (test/causes/structured.ts): with db = 0
    // the bias left in place is right, and with a learning rate of 1 a step of the whole gradient is.
    const named = onlyReading(got, want, {
      uphill: step(-learningRate),
      'b not stepped': step(learningRate, true, false),
      'w not stepped': step(learningRate, false, true),
      'learning rate ignored': step(1),
    });
    misconception(
      named === 'uphill',
      () => `${what} returned ${formatValue(got)}: w and b moved up the gradient (w + η·dw), towards a larger cost. The gradient points uphill, so a step downhill subtracts it: expected ${formatValue(want)}.`,
      { hint: 'w[j] - learningRate * dw[j] and b - learningRate * db: minus, because the gradient points towards a larger cost.' },
    );
    misconception(
      named === 'b not stepped',
      () => `${what} returned ${formatValue(got)}: w moved but b did not. The bias steps too: b - learningRate * db = ${formatValue(want.b)}.`,
    );
    expectClose(got, want, what, TOL);
  }

  it('takes the first step of the trace on the page', async () => {
    const start = { w: [0, 0], b: 0 };
    await checkStep(start.w, start.b, reference.logisticGradients(start.w, start.b, tiny.xs, tiny.ys), tiny.learningRate);
    await checkStep(model.w, model.b, reference.logisticGradients(model.w, model.b, [single.x], [single.y]), 0.1);
  });

  it('matches the reference for random weights, gradients and learning rates, leaving w and gradients unchanged', async () => {
    const input = fc.tuple(sameLength(2, decimal(3), 1, 5), decimal(3), decimal(3), fc.constantFrom(0.1, 0.5, 1, 0.01, 2));
    await forAll('gradientStep/random', input, ([[w, dw], b, db, learningRate]) => checkStep(w, b, { dw, db }, learningRate));
  });

  for (const { w, dw, longer } of [
    { w: [0.5, -1], dw: [1, 1, 1], longer: 'dw is longer than w' },
    { w: [0.5, -1, 2], dw: [1, 1], longer: 'dw is shorter than w' },
  ]) {
    it(`throws an Error naming both lengths when ${longer}`, async () => {
      const args = [w, 0.5, { dw, db: 1 }, 0.1];
      await expectThrows(chapter.call('gradientStep', args), formatCall('gradientStep', args), {
        because: `w has ${w.length} weights and dw has ${dw.length} entries`,
        naming: { what: 'both lengths', numbers: [w.length, dw.length] },
        hint: 'Compare gradients.dw.length with w.length first, and throw when they differ either way (!==, not >).',
      });
    });
  }
});

describe('trainLogisticRegression', () => {
  // A plain loop trains the page's run and 20 random ones in milliseconds; the blobs run below
  // (300 epochs over 60 points) may take longer on a slow machine, so allow more than the
  // default 2 s per call, so that a slow machine is not mistaken for an endless loop.
  const deadlineMs = 5000;
  const trace = pageLink('05-logistic-regression', 'trace');

  async function train(xs: number[][], ys: number[], options: LogisticTrainOptions, label?: string): Promise<LogisticTrainResult> {
    return chapter.call<LogisticTrainResult>('trainLogisticRegression', [xs, ys, options], { timeoutMs: deadlineMs, label });
  }

  /**
   * The learner's run against lib's: the shape of costs first, then what the most telling
   * difference says (the steps taken, when the costs were recorded), then the first epoch where
   * the costs part, then w and b.
   */
  function expectSameRun(got: LogisticTrainResult, xs: number[][], ys: number[], options: LogisticTrainOptions, what: string, expected = 'the reference has') {
    // The clipping slack of every epoch's cost (see clipSlack), from lib's own run.
    const slack: number[] = [];
    const want = reference.trainLogisticRegression(xs, ys, { ...options, onEpoch: (_epoch, w, b) => slack.push(clipSlack(w, b, xs)) });
    const costAt = (c: unknown, k: number) => isClose(c, want.costs[k], TOL + slack[k]);
    /** got.costs agrees with want.costs[from], want.costs[from + 1], … */
    const costsFrom = (from: number, count: number) => got.costs.length === count && got.costs.every((c, i) => costAt(c, from + i));
    const { epochs } = options;
    expectThat(
      !!got && typeof got === 'object' && Array.isArray(got.w) && isNumber(got.b) && Array.isArray(got.costs),
      () => `${what} returned ${formatValue(got)}; expected an object { w, b, costs } with w an array, b a number and costs an array.`,
    );
    const sameModel = (run: Model) => isClose(got.w, run.w) && isClose(got.b, run.b);
    const runFor = (k: number) => reference.trainLogisticRegression(xs, ys, { ...options, epochs: k });
    const learns = want.costs.some((c) => !isClose(c, want.costs[0]));
    if (learns && !sameModel(want)) {
      for (const k of [epochs + 1, epochs - 1, epochs + 2]) {
        misconception(
          k >= 0 && sameModel(runFor(k)) && !sameModel(want),
          () => `${what} returned w = ${formatValue(got.w)}, b = ${formatValue(got.b)}, which is where ${k} gradient steps lead: it took ${k} steps for epochs = ${epochs}. One epoch is exactly one step, so epochs = ${epochs} means ${epochs} steps (expected w = ${formatValue(want.w)}, b = ${formatValue(want.b)}).`,
          { hint: 'for (let epoch = 1; epoch <= epochs; epoch++) runs exactly epochs times; check the loop\'s start and its < or <=.' },
        );
      }
    }
    if (learns && got.costs.length === epochs) {
      misconception(
        costsFrom(0, epochs),
        () => `${what} returned costs ${formatValue(got.costs)}: the costs before each step, without the cost after the last one. costs has epochs + 1 = ${epochs + 1} entries: costs[0] before training, then one after every step (${expected} ${formatValue(want.costs)}).`,
        { hint: 'Record the cost once before the loop, then after each step inside it: costs[k] is the cost after k steps.' },
      );
      misconception(
        costsFrom(1, epochs),
        () => `${what} returned costs ${formatValue(got.costs)}: the costs after each step, without the cost before training. costs has epochs + 1 = ${epochs + 1} entries, and costs[0] is the cost of the starting w and b (${expected} ${formatValue(want.costs)}).`,
        { hint: 'Record the cost once before the loop, then after each step inside it: costs[k] is the cost after k steps.' },
      );
    }
    const taken = got.costs.length - 1;
    if (taken >= 0 && taken < epochs && costsFrom(0, taken + 1)) {
      const rose = want.costs[taken + 1] > want.costs[taken];
      expectThat(
        false,
        () => `${what} stopped after ${taken} of ${epochs} epochs: its costs ${formatValue(got.costs)} agree with ${expected.replace(/ has$/, '')} as far as they go${rose ? `, and the step it left out, epoch ${taken + 1}, raises the cost from ${formatValue(want.costs[taken])} to ${formatValue(want.costs[taken + 1])}` : ''}. Training takes exactly epochs steps, whatever the cost does${rose ? ': a cost that rises says the learning rate is too large, not that training is over' : ''}.`,
        { hint: 'Do not leave the loop early: for (let epoch = 1; epoch <= epochs; epoch++) takes every step, and costs ends with epochs + 1 entries.' },
      );
    }
    expectThat(
      got.costs.length === want.costs.length,
      () => `${what} returned ${got.costs.length} costs ${formatValue(got.costs)}; expected epochs + 1 = ${want.costs.length}: the cost before training, then one after each of the ${epochs} steps.`,
    );
    const k = want.costs.findIndex((_c, i) => !costAt(got.costs[i], i));
    if (k !== -1) {
      expectThat(
        false,
        () => k === 0
          ? `${what} returned costs[0] = ${formatValue(got.costs[0])}, the cost before training; ${expected} ${formatValue(want.costs[0])}, the cost of the starting w = ${formatValue(options.w ?? xs[0].map(() => 0))}, b = ${formatValue(options.b ?? 0)}.`
          : `${what} parts from ${expected.replace(/ has$/, '')} in epoch ${k}: after ${k} ${k === 1 ? 'step' : 'steps'} your cost is ${formatValue(got.costs[k])}, and it should be ${formatValue(want.costs[k])} (the costs up to then agree: ${formatValue(want.costs.slice(0, k))}).`,
        {
          hint:
            k === 0
              ? 'costs[0] is cost(w, b, xs, ys) of the starting w and b (zeros and 0 unless options.w and options.b are given), computed before any step.'
              : `Print w, b, dw and db at each epoch of your loop and compare them with the trace on the page (${trace}): the first row that differs is where your loop goes wrong. Each epoch: the gradient over all examples at the current w and b, one gradientStep, then the cost.`,
        },
      );
    }
    // The costs agree (above); w and b are held to TOL, since no clipping enters the gradient.
    expectClose({ w: got.w, b: got.b }, { w: want.w, b: want.b }, what, TOL);
  }

  function accuracy(run: Model, { xs, ys }: Data): number {
    return xs.filter((x, i) => (reference.predictProba(run.w, run.b, x) > 0.5 ? 1 : 0) === ys[i]).length / xs.length;
  }

  it('follows the training trace on the page epoch by epoch (four points from w = 0, η = 0.5)', async () => {
    const options = { learningRate: tiny.learningRate, epochs: tiny.epochs };
    const what = formatCall('trainLogisticRegression', [tiny.xs, tiny.ys, options]);
    expectSameRun(await train(tiny.xs, tiny.ys, options, what), tiny.xs, tiny.ys, options, what, `the trace on the page (${trace}) has`);
  });

  it('returns costs with epochs + 1 entries, and the starting point untouched for epochs = 0', async () => {
    for (const epochs of [0, 1, 2]) {
      const options = { learningRate: 0.5, epochs };
      const what = formatCall('trainLogisticRegression', [tiny.xs, tiny.ys, options]);
      expectSameRun(await train(tiny.xs, tiny.ys, options, what), tiny.xs, tiny.ys, options, what);
    }
  });

  it('starts from options.w and options.b when given, without changing options.w', async () => {
    const options = { learningRate: 0.3, epochs: 4, w: [...model.w], b: model.b };
    const what = formatCall('trainLogisticRegression', [tiny.xs, tiny.ys, options]);
    expectSameRun(await train(tiny.xs, tiny.ys, options, what), tiny.xs, tiny.ys, options, what);
  });

  it('returns a w of its own, not the caller\'s options.w itself, for epochs = 0', async () => {
    const options = { learningRate: 0.5, epochs: 0, w: [...model.w], b: model.b };
    const what = formatCall('trainLogisticRegression', [tiny.xs, tiny.ys, options]);
    const run = await chapter.probe<TrainRun>('trainLogisticRegression', [tiny.xs, tiny.ys, options], { label: what });
    expectThat(
      !run.returnsOptionsW,
      () => `${what} returned options.w itself as w, the caller's array rather than a copy: with no step taken, nothing made a new one. The caller's options.w is then the model's w too, and changing one changes the other. Copy the starting weights, [...options.w], as the doc comment says ("copied, never modified").`,
      { hint: 'let w = options.w ? [...options.w] : xs[0].map(() => 0): a copy before the first epoch, so that even 0 epochs return an array of their own.' },
    );
  });

  it('takes every epoch even when a step raises the cost (η = 10, too large for six overlapping points)', async () => {
    // The page's four points and two more that no line separates from them: with η = 10 the
    // cost goes down, then up at epoch 3 (the step overshoots), then down and up again.
    const xs = [...tiny.xs, [1.5, -0.5], [-0.5, 0.5]];
    const ys = [...tiny.ys, 0, 1];
    const options = { learningRate: 10, epochs: 6 };
    const what = formatCall('trainLogisticRegression', [xs, ys, options]);
    expectSameRun(await train(xs, ys, options, what), xs, ys, options, what);
  });

  it('separates two blobs (60 points, 300 epochs) with 100% accuracy and a cost that falls every epoch', async () => {
    // A fresh cloud for every seed: two blobs at (±2, 0) with standard deviation 0.5, which no
    // seed puts closer than a line can separate in this many points (lib/datasets.ts).
    const data = blobs(60, randomFor('trainLogisticRegression/blobs'), { std: 0.5 });
    const options = { learningRate: 0.5, epochs: 300 };
    const what = `trainLogisticRegression on 60 points in two blobs with ${formatValue(options)}`;
    const got = await train(data.xs, data.ys, options, what);
    expectSameRun(got, data.xs, data.ys, options, what);
    expectThat(accuracy(got, data) === 1, () => `${what} returned w = ${formatValue(got.w)}, b = ${formatValue(got.b)}, which classifies only ${formatValue(accuracy(got, data) * 100)}% of the points correctly.`);
    const rise = got.costs.findIndex((c, k) => k > 0 && !(c < got.costs[k - 1]));
    expectThat(rise === -1, () => `${what}: the cost rose from epoch ${rise - 1} to epoch ${rise} (${formatValue(got.costs[rise - 1])} to ${formatValue(got.costs[rise])}).`);
  });

  it('matches the reference epoch by epoch on random datasets (1 to 20 examples, 1 to 5 features)', async () => {
    const input = fc.tuple(
      dataset,
      fc.constantFrom(0.1, 0.5, 1),
      fc.integer({ min: 0, max: 15 }),
      fc.boolean(),
    );
    await forAll(
      'trainLogisticRegression/random',
      input,
      async ([{ w, b, xs, ys }, learningRate, epochs, fromGiven]) => {
        const options: LogisticTrainOptions = fromGiven ? { learningRate, epochs, w, b } : { learningRate, epochs };
        const what = formatCall('trainLogisticRegression', [xs, ys, options]);
        expectSameRun(await train(xs, ys, options), xs, ys, options, what);
      },
      { numRuns: 25 },
    );
  });

  it('throws an Error naming the learning rate when it is not a finite number greater than 0 (0, -0.5, NaN, Infinity)', async () => {
    for (const learningRate of [0, -0.5, Number.NaN, Infinity]) {
      const args = [tiny.xs, tiny.ys, { learningRate, epochs: 3 }];
      await expectThrows(chapter.call('trainLogisticRegression', args), formatCall('trainLogisticRegression', args), {
        because: `the learning rate ${learningRate} is not a finite number greater than 0`,
        naming: { what: 'the learning rate', numbers: [learningRate] },
        hint: 'Check !Number.isFinite(learningRate) || learningRate <= 0 before training: NaN fails every comparison, so learningRate <= 0 alone lets it through.',
      });
    }
  });

  it('throws an Error naming the epoch count when it is not a whole number, 0 or more (1.5, -1)', async () => {
    for (const epochs of [1.5, -1]) {
      const args = [tiny.xs, tiny.ys, { learningRate: 0.5, epochs }];
      await expectThrows(chapter.call('trainLogisticRegression', args), formatCall('trainLogisticRegression', args), {
        because: `epochs = ${epochs} is not a whole number, 0 or more`,
        naming: { what: 'the epoch count', numbers: [epochs] },
        hint: 'Check !Number.isInteger(epochs) || epochs < 0 before training.',
      });
    }
  });

  for (const bad of [
    ...badData.filter((d) => d.title.includes('labels than') || d.title.includes('no examples') || d.title.includes('(here 2)')),
    {
      title: 'options.w has more weights than the examples have features',
      w: [1, 2, 3],
      xs: [[1, 1], [2, 0]],
      ys: [0, 1],
      because: 'options.w has 3 weights and the examples have 2 features',
      naming: { what: 'both lengths', numbers: [3, 2] },
      hint: 'cost and logisticGradients check every example against w; make sure they see the starting w.',
    },
  ]) {
    it(`throws an Error when ${bad.title}`, async () => {
      const options = bad.title.startsWith('options.w') ? { learningRate: 0.5, epochs: 2, w: bad.w } : { learningRate: 0.5, epochs: 2 };
      const args = [bad.xs, bad.ys, options];
      await expectThrows(chapter.call('trainLogisticRegression', args), formatCall('trainLogisticRegression', args), {
        because: bad.because,
        naming: bad.naming,
        hint: bad.hint,
      });
    });
  }
});
