/**
 * Grader for chapter 1 (the perceptron). For each exercise: the page's worked examples first,
 * then random inputs against lib/perceptron.ts (shrunk to the smallest failing one), then every
 * convention and "Throws" of the doc comments, in both directions where there are two. A wrong
 * answer is described by what the code did; a cause is named only when the evidence leaves no
 * doubt (a flipped sign is named only after both kinds of mistake moved the wrong way).
 *
 * Nothing here reaches exercises/00-getting-started.ts: chapter 1 is graded on its own, so a
 * learner who skips the warm-up can still pass it (verify proves this).
 */
import { describe, it } from './grader/runner/api.ts';
import { AND, OR, XOR, type Dataset } from '../lib/logic-gates.ts';
import * as reference from '../lib/perceptron.ts';
import { tracePerceptronTraining } from '../lib/perceptron-trace.ts';
import type { Perceptron, TrainOptions, TrainResult } from '#learner/01-perceptron.ts';
import { decimal, expectClose, expectEqual, expectThat, expectThrows, fc, forAll, formatCall, formatValue, misconception, nameCause, openChapter, pageLink, sameLength } from './grader/index.ts';
import { biasMistake, type SumInput } from './causes/01-perceptron.ts';

const chapter = openChapter('01-perceptron', {
  params: {
    weightedSum: ['w', 'b', 'x'],
    step: ['z'],
    perceptronPredict: ['w', 'b', 'x'],
    perceptronUpdate: ['w', 'b', 'x', 'y', 'eta'],
    trainPerceptron: ['xs', 'ys', 'options'],
  },
});

// Sums of at most 10 products of numbers below 10: rounding noise is about 1e-14.
const TOL = 1e-9;

/** The page's worked example: the neuron should have fired (y = 1) but did not. */
const worked = { w: [0.2, -0.4, 0.1], b: -0.5, x: [1, 0, 1], y: 1, eta: 0.1 };

/** Dimensions 1 to `max`, then that many of each vector. */
function perceptronInput(max: number) {
  return fc
    .tuple(sameLength(2, decimal(3), 1, max), decimal(3))
    .map(([[w, x], b]) => ({ w, b, x }))
    // A z within rounding noise of 0 has no reliable sign: adding in another order may flip it.
    // Exactly 0 is graded on its own, with whole numbers.
    .filter(({ w, b, x }) => Math.abs(reference.weightedSum(w, b, x)) > 1e-9);
}

/** Two lengths that differ, and a hint, for the "Throws" of weightedSum and what builds on it. */
const lengthCases = [
  { w: [0.5, -1, 2], x: [1, 1], longer: 'w is longer than x' },
  { w: [0.5, -1], x: [1, 1, 1], longer: 'x is longer than w' },
];
const lengthHint =
  'Compare w.length with x.length before adding anything up, and throw when they differ either way (not only when w is longer); the dot() of chapter 0 does exactly this, if you import it.';

async function expectLengthError(name: string, args: unknown[], w: number[], x: number[]) {
  await expectThrows(chapter.call(name, args), formatCall(name, args), {
    because: `w has ${w.length} weights and x has ${x.length} inputs`,
    naming: { what: 'both lengths', numbers: [w.length, x.length] },
    hint: lengthHint,
  });
}

describe('weightedSum', () => {
  /** Compares with the reference, naming the two classic ways of mishandling the bias. */
  async function checkWeightedSum(w: number[], b: number, x: number[]) {
    const what = formatCall('weightedSum', [w, b, x]);
    const got = await chapter.call<number>('weightedSum', [w, b, x]);
    const want = reference.weightedSum(w, b, x);
    // Each named only when it alone explains the sum (test/causes/01-perceptron.ts); where two agree
    // here (with one input, b once per input is right; an input whose product is b, left out, is
    // the bias forgotten), weightedSum's answer on the probe decides.
    const ask = ([pw, pb, px]: SumInput) => chapter.call<unknown>('weightedSum', [[...pw], pb, [...px]]).then((v) => (typeof v === 'number' ? v : undefined), () => undefined);
    const named = typeof got === 'number' && Math.abs(got - want) > TOL ? await nameCause(biasMistake, [w, b, x], got, ask) : undefined;
    misconception(
      named === 'b per input',
      () => `${what} returned ${formatValue(got)}: that is b added once per input (${w.length} times). The bias is added once, after the sum of w[i] * x[i]; expected ${formatValue(want)}.`,
    );
    misconception(
      named === 'bias forgotten',
      () => `${what} returned ${formatValue(got)}, which is w · x without the bias b: add b once at the end (expected ${formatValue(want)}).`,
    );
    expectClose(got, want, what, TOL);
  }

  it('computes z for the worked example on the page', async () => {
    await checkWeightedSum(worked.w, worked.b, worked.x);
  });

  it('is just b when there are no inputs: weightedSum([], b, [])', async () => {
    await checkWeightedSum([], 0.7, []);
  });

  it('matches the reference for random weights, inputs and biases in 0 to 10 dimensions', async () => {
    const input = fc.tuple(sameLength(2, decimal(5), 0, 10), decimal(5));
    await forAll('weightedSum/random', input, ([[w, x], b]) => checkWeightedSum(w, b, x));
  });

  for (const { w, x, longer } of lengthCases) {
    it(`throws an Error naming both lengths when ${longer}`, async () => {
      await expectLengthError('weightedSum', [w, 0.5, x], w, x);
    });
  }
});

describe('step', () => {
  async function checkStep(z: number) {
    const got = await chapter.call('step', [z]);
    misconception(
      typeof got === 'boolean',
      () => `step(${z}) returned ${got}, a boolean: return the number ${reference.step(z)}. The output is a number the next chapters compute with (z > 0 ? 1 : 0).`,
    );
    expectEqual(got, reference.step(z), `step(${z})`);
  }

  it('outputs 0 for negative z and 1 for positive z', async () => {
    for (const z of [-3, -0.5, -1e-9, 1e-9, 0.5, 2.5, -1e6, 1e6]) await checkStep(z);
  });

  it('does not fire at exactly z = 0', async () => {
    for (const z of [0, -0]) {
      const got = await chapter.call('step', [z]);
      misconception(
        got === 1,
        `step(0) returned 1, but the neuron fires only when z > 0; at exactly 0 it stays at 0. Use z > 0, not z >= 0.`,
        { hint: 'The page\'s step is 1 only for z > 0: step(0) is 0, so a point exactly on the decision line counts as "no".' },
      );
      expectEqual(got, 0, `step(${Object.is(z, -0) ? '-0' : z})`);
    }
  });

  it('matches the reference on random z', async () => {
    await forAll('step/random', decimal(100), checkStep, { numRuns: 60 });
  });
});

describe('perceptronPredict', () => {
  async function checkPredict(w: number[], b: number, x: number[]) {
    const what = formatCall('perceptronPredict', [w, b, x]);
    const got = await chapter.call('perceptronPredict', [w, b, x]);
    const z = reference.weightedSum(w, b, x);
    misconception(
      z === 0 && got === 1,
      () => `${what} returned 1, but here z = w · x + b is exactly 0, and the neuron fires only when z > 0: a point on the decision line is predicted 0.`,
      { hint: 'Use your step function: perceptronPredict is step(weightedSum(w, b, x)), and step(0) is 0.' },
    );
    expectEqual(got, reference.perceptronPredict(w, b, x), `${what} (z = ${formatValue(z)})`);
  }

  it('matches the reference for random perceptrons and inputs', async () => {
    await forAll('perceptronPredict/random', perceptronInput(6), ({ w, b, x }) => checkPredict(w, b, x));
  });

  it('predicts 0 for a point exactly on the decision line', async () => {
    // w · x + b = 2 - 2 + 0 = 0 exactly (small integers, so no rounding).
    await checkPredict([1, -1], 0, [2, 2]);
    await checkPredict([0.5, 0.5], -1, [1, 1]);
  });

  it('throws an Error naming both lengths when w and x differ in length, either way', async () => {
    for (const { w, x } of lengthCases) await expectLengthError('perceptronPredict', [w, 0.5, x], w, x);
  });
});

describe('perceptronUpdate', () => {
  type Move = 'towards' | 'away' | 'unchanged' | 'weights only, towards' | 'weights only, away' | 'other';

  /** How the update moved w and b relative to x: by +eta x, by -eta x, not at all… */
  function classify(got: Perceptron | undefined, w: number[], b: number, x: number[], eta: number): Move {
    if (!got || !Array.isArray(got.w) || typeof got.b !== 'number' || got.w.length !== w.length) return 'other';
    const movedBy = (sign: number) => closeTo(got.w, w.map((wi, i) => wi + sign * eta * x[i]));
    const bias = (sign: number) => closeTo(got.b, b + sign * eta);
    if (movedBy(1) && bias(1)) return 'towards';
    if (movedBy(-1) && bias(-1)) return 'away';
    if (movedBy(0) && bias(0)) return 'unchanged';
    if (movedBy(1) && bias(0)) return 'weights only, towards';
    if (movedBy(-1) && bias(0)) return 'weights only, away';
    return 'other';
  }

  /**
   * Runs one mistake of each kind (a missed 1 and a false 1) and says what the code did. Names a
   * cause only when both kinds point to it: an update that always adds eta * x is right after a
   * missed 1, so one example alone cannot tell it from a flipped sign.
   */
  async function diagnose(): Promise<string | undefined> {
    const missed = { w: [0.1, 0.3], b: -1, x: [1, 2], y: 1, eta: 0.5 }; // z = -0.3: said 0, should be 1
    const false1 = { w: [0.1, 0.3], b: 0, x: [1, 2], y: 0, eta: 0.25 }; // z = 0.7: said 1, should be 0
    const run = async (c: typeof missed) =>
      classify(await chapter.call<Perceptron>('perceptronUpdate', [c.w, c.b, c.x, c.y, c.eta]).catch(() => undefined), c.w, c.b, c.x, c.eta);
    const [afterMissed, afterFalse] = [await run(missed), await run(false1)];
    const m = 'after a missed 1 (y = 1, ŷ = 0)';
    const f = 'after a false 1 (y = 0, ŷ = 1)';
    if (afterMissed === 'towards' && afterFalse === 'away') return undefined;
    if (afterMissed === 'away' && afterFalse === 'towards') {
      return `${m}, w moved away from x, and ${f}, towards it: the error's sign is flipped. The error is y - ŷ, not ŷ - y.`;
    }
    if (afterMissed === 'towards' && afterFalse === 'towards') {
      return `${f}, w moved towards x instead of away from it (${m} it moves towards x, as it should): the change must follow the sign of y - ŷ, which is -1 after a false 1, so w moves by -eta * x and b by -eta.`;
    }
    if (afterMissed === 'away' && afterFalse === 'away') {
      return `${m}, w moved away from x instead of towards it (${f} it moves away, as it should): the change must follow the sign of y - ŷ, which is +1 after a missed 1.`;
    }
    if (afterMissed === 'towards' && afterFalse === 'unchanged') {
      return `${f}, w and b did not change (${m} they do): a false 1 is a mistake too, and moves w away from x by eta * x and b by -eta.`;
    }
    if (afterMissed === 'unchanged' && afterFalse === 'away') {
      return `${m}, w and b did not change (${f} they do): a missed 1 is a mistake too, and moves w towards x by eta * x and b by +eta.`;
    }
    if (afterMissed === 'unchanged' && afterFalse === 'unchanged') {
      return `w and b did not change ${m} nor ${f}: every mistake (ŷ ≠ y) moves them, by eta * (y - ŷ) * x[i] and eta * (y - ŷ).`;
    }
    if (afterMissed === 'weights only, towards' && afterFalse === 'weights only, away') {
      return `The weights moved the right way after both kinds of mistake, but the bias never changed: the bias learns too, by eta * (y - ŷ), as a weight whose input is always 1.`;
    }
    return undefined;
  }

  /** Runs one update; when it is wrong after a mistake, says what the code does on both kinds. */
  async function checkUpdate(w: number[], b: number, x: number[], y: number, eta: number) {
    const args = [w, b, x, y, eta];
    const what = formatCall('perceptronUpdate', args);
    const got = await chapter.call<Perceptron>('perceptronUpdate', args);
    const want = reference.perceptronUpdate(w, b, x, y, eta);
    const yhat = reference.perceptronPredict(w, b, x);
    if (yhat !== y && !(closeTo(got?.w, want.w) && closeTo(got?.b, want.b))) {
      const diagnosis = await diagnose();
      misconception(diagnosis !== undefined, () => `${what} returned ${formatValue(got)}; expected ${formatValue(want)}. ${capitalize(diagnosis ?? '')}`);
    }
    misconception(
      yhat === y && !(closeTo(got?.w, w) && closeTo(got?.b, b)),
      () => `${what} returned ${formatValue(got)}, but the prediction was already right (ŷ = y = ${y}), so nothing should change: the error y - ŷ is 0.`,
    );
    expectClose(got, want, what, TOL);
  }

  it('applies the worked example on the page (eta = 0.1)', async () => {
    await checkUpdate(worked.w, worked.b, worked.x, worked.y, worked.eta);
  });

  it('changes nothing when the prediction is already right', async () => {
    await checkUpdate([0.5, -0.2], 0.1, [1, 1], 1, 0.1); // z = 0.4 > 0, predicts 1 = y
    await checkUpdate([0.5, -0.2], 0.1, [-1, 1], 0, 0.1); // z = -0.6, predicts 0 = y
  });

  it('moves towards x after a missed 1 and away from x after a false 1', async () => {
    await checkUpdate([0.1, 0.3], -1, [1, 2], 1, 0.5); // z = -0.3: predicted 0, should be 1
    await checkUpdate([0.1, 0.3], 0, [1, 2], 0, 0.25); // z = 0.7: predicted 1, should be 0
  });

  it('treats z = 0 as "did not fire": updates for y = 1, changes nothing for y = 0', async () => {
    // w · x + b = 2 - 2 + 0 = 0 exactly, so ŷ = step(0) = 0.
    const [w, b, x, eta] = [[1, -1], 0, [2, 2], 0.5];
    const hint = 'Predict with your perceptronPredict (or step): at z = 0 it gives ŷ = 0, so a label of 1 is a mistake there and a label of 0 is not.';
    for (const y of [1, 0]) {
      const args = [w, b, x, y, eta];
      const got = await chapter.call<Perceptron>('perceptronUpdate', args);
      const moved = classify(got, w, b, x, eta);
      misconception(
        y === 1 && moved === 'unchanged',
        () => `${formatCall('perceptronUpdate', args)} left w and b unchanged, but z = w · x + b is exactly 0 here, so ŷ = step(0) = 0 and y = 1: a missed 1, which moves w towards x.`,
        { hint },
      );
      misconception(
        y === 0 && moved !== 'unchanged',
        () => `${formatCall('perceptronUpdate', args)} returned ${formatValue(got)}, but z = w · x + b is exactly 0 here, so ŷ = step(0) = 0, which is right for y = 0: nothing should change.`,
        { hint },
      );
      expectClose(got, reference.perceptronUpdate(w, b, x, y, eta), formatCall('perceptronUpdate', args), TOL);
    }
  });

  it('matches the reference on random examples, without changing w or x', async () => {
    const input = fc.tuple(perceptronInput(6), fc.integer({ min: 0, max: 1 }), fc.constantFrom(0.1, 0.01, 0.5, 1));
    await forAll('perceptronUpdate/random', input, ([{ w, b, x }, y, eta]) => checkUpdate(w, b, x, y, eta));
  });

  it('throws an Error naming both lengths when w and x differ in length, either way', async () => {
    for (const { w, x } of lengthCases) await expectLengthError('perceptronUpdate', [w, 0.5, x, 1, 0.1], w, x);
  });
});

describe('trainPerceptron', () => {
  // Training runs up to 100 epochs; a plain loop needs milliseconds, but allow more than the
  // default 2 s per call so a slow machine is not mistaken for an endless loop.
  const deadlineMs = 5000;
  const trace = pageLink('01-perceptron', 'training-trace');

  async function train(data: Dataset, options: TrainOptions | undefined, label: string): Promise<TrainResult> {
    const args = options === undefined ? [data.xs, data.ys] : [data.xs, data.ys, options];
    return chapter.call<TrainResult>('trainPerceptron', args, { timeoutMs: deadlineMs, label });
  }

  /** "trainPerceptron on the AND gate with { eta: 0.1 }" */
  function onGate(name: string, options?: TrainOptions): string {
    const shown = options === undefined ? ' (no options)' : Object.keys(options).length === 0 ? '' : ` with ${formatValue(options)}`;
    return `trainPerceptron on the ${name} gate${shown}`;
  }

  /** Where two lists of mistakes per epoch part: "the first difference is in epoch 2: 1 mistake instead of 3". */
  function whereMistakesDiffer(got: number[], want: number[]): string {
    const k = want.findIndex((m, i) => got[i] !== m);
    if (k === -1) return `it went on after epoch ${want.length}, where training stops`;
    if (k >= got.length) return `it stopped after epoch ${got.length}; training goes on to epoch ${want.length}`;
    return `the first difference is in epoch ${k + 1}: ${got[k]} ${got[k] === 1 ? 'mistake' : 'mistakes'} instead of ${want[k]}`;
  }

  /**
   * The learner's run against the reference's, the most telling difference first: the mistakes
   * per epoch (what happened), then the epoch count and converged (what was reported), then w and b.
   * `fromZero` says the run started from zero weights, where a different learning rate can be told.
   */
  function expectSameRun(got: TrainResult, want: TrainResult, what: string, { expected = 'expected', fromZero = false, eta = 0.1 } = {}) {
    if (got && Array.isArray(got.mistakesPerEpoch) && JSON.stringify(got.mistakesPerEpoch) !== JSON.stringify(want.mistakesPerEpoch)) {
      expectThat(
        false,
        () => `${what} returned mistakesPerEpoch ${formatValue(got.mistakesPerEpoch)}; ${expected} ${formatValue(want.mistakesPerEpoch)} (${whereMistakesDiffer(got.mistakesPerEpoch, want.mistakesPerEpoch)}).`,
      );
    }
    if (got && Array.isArray(got.mistakesPerEpoch) && typeof got.epochs === 'number') {
      expectThat(
        got.epochs === want.epochs,
        () => `${what} returned epochs: ${got.epochs}, but mistakesPerEpoch has ${got.mistakesPerEpoch.length} entries, one per epoch that ran (${formatValue(got.mistakesPerEpoch)}).`,
      );
    }
    if (got && typeof got.converged === 'boolean' && got.converged !== want.converged) {
      const last = want.mistakesPerEpoch.at(-1);
      expectThat(
        false,
        () => `${what} returned converged: ${got.converged}, but its last epoch (epoch ${want.epochs}) made ${last} ${last === 1 ? 'mistake' : 'mistakes'}: converged is true exactly when the last epoch made no mistakes.`,
        { hint: 'Compute converged from the last entry of mistakesPerEpoch (=== 0), not from the number of epochs: a run can converge on its very last allowed epoch.' },
      );
    }
    if (fromZero) expectSameLearningRate(got, want, what, eta);
    expectClose(got, want, what, TOL);
  }

  /**
   * From zero weights every update adds ±eta * x, so another learning rate scales w and b and
   * changes no decision: the same mistakes with scaled parameters can only be the learning rate.
   */
  function expectSameLearningRate(got: TrainResult, want: TrainResult, what: string, eta: number) {
    const expectedParams = [...want.w, want.b];
    const largest = expectedParams.reduce((k, v, i) => (Math.abs(v) > Math.abs(expectedParams[k]) ? i : k), 0);
    const gotParams = Array.isArray(got?.w) ? [...got.w, got.b] : [];
    const factor = gotParams[largest] / expectedParams[largest];
    misconception(
      Number.isFinite(factor) && Math.abs(factor - 1) > 1e-6 && closeTo(gotParams, expectedParams.map((v) => v * factor)),
      () => `${what} returned w = ${formatValue(got.w)}, b = ${formatValue(got.b)}: ${formatValue(factor)} times the expected w = ${formatValue(want.w)}, b = ${formatValue(want.b)}, with the same mistakes in every epoch. From zero weights, that is what a learning rate of ${formatValue(eta * factor)} instead of ${eta} gives.`,
      { hint: 'Read the learning rate from options.eta, and use 0.1 when it is not given (options.eta ?? 0.1).' },
    );
  }

  function accuracy(model: Perceptron, data: Dataset): number {
    const right = data.xs.filter((x, i) => reference.perceptronPredict(model.w, model.b, x) === data.ys[i]).length;
    return right / data.xs.length;
  }

  it('follows the training trace on the page (AND from zero weights, eta = 0.1) epoch by epoch', async () => {
    const data = AND();
    const options = { eta: 0.1 };
    const what = onGate('AND', options);
    const got = await train(data, options, what);
    const want = reference.trainPerceptron(data.xs, data.ys, options);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      // Find the first epoch after which the parameters part from the trace (the one the page
      // prints, from the same lib function), by stopping the learner's training there
      // (maxEpochs = k) and comparing with the trace at the end of that epoch.
      const steps = tracePerceptronTraining(data.xs, data.ys, options);
      for (let k = 1; k <= want.epochs; k++) {
        const part = await train(data, { ...options, maxEpochs: k }, onGate('AND', { ...options, maxEpochs: k }));
        const end = steps.filter((s) => s.epoch === k).at(-1)!;
        const ref = {
          w: end.w,
          b: end.b,
          mistakesPerEpoch: Array.from({ length: k }, (_, e) => steps.filter((s) => s.epoch === e + 1 && s.error !== 0).length),
        };
        // A run that does not stop at maxEpochs cannot be compared epoch by epoch: the checks below say what it did.
        if (!Array.isArray(part?.mistakesPerEpoch) || part.mistakesPerEpoch.length !== k) break;
        const sameParams = closeTo(part.w, ref.w) && closeTo(part.b, ref.b);
        const sameMistakes = JSON.stringify(part.mistakesPerEpoch) === JSON.stringify(ref.mistakesPerEpoch);
        expectThat(
          sameParams && sameMistakes,
          () => `${what} parts from the trace in epoch ${k}: after epoch ${k} your w = ${formatValue(part.w)}, b = ${formatValue(part.b)} with mistakes per epoch ${formatValue(part.mistakesPerEpoch)}; the trace on the page (${trace}) has w = ${formatValue(ref.w)}, b = ${formatValue(ref.b)} with ${formatValue(ref.mistakesPerEpoch)}.`,
          {
            hint: sameParams
              ? 'The weights follow the trace but the mistakes counted do not: a mistake is a wrong prediction made with the weights as they are just before that example\'s update, counted during the same pass.'
              : `Print z, ŷ, w and b after each example of epoch ${k} from your loop and compare them with the full trace on the page: the first row that differs is where your loop goes wrong. Each example: predict with the current w and b, count a mistake if ŷ ≠ y, then update.`,
          },
        );
      }
    }
    expectSameRun(got, want, what, { expected: `the trace on the page (${trace}) has`, fromZero: true });
  });

  it('learns OR to 100% accuracy and reports converged', async () => {
    const data = OR();
    const what = onGate('OR', {});
    const got = await train(data, {}, what);
    const want = reference.trainPerceptron(data.xs, data.ys, {});
    expectSameRun(got, want, what, { fromZero: true });
    expectThat(accuracy(got, data) === 1, () => `${what} returned w = ${formatValue(got.w)}, b = ${formatValue(got.b)}, which classifies only ${accuracy(got, data) * 100}% of OR correctly.`);
  });

  it('reports XOR as not converged after maxEpochs (default 100)', async () => {
    const data = XOR();
    const what = onGate('XOR', {});
    const got = await train(data, {}, what);
    const want = reference.trainPerceptron(data.xs, data.ys, {});
    expectThat(
      got?.converged === false,
      () => `${what} returned converged: ${got?.converged}; no line separates XOR, so the perceptron can never make a mistake-free epoch.`,
    );
    expectSameRun(got, want, what, { fromZero: true });
  });

  it('reports converged when training converges on exactly the last allowed epoch', async () => {
    const data = AND();
    const last = reference.trainPerceptron(data.xs, data.ys, { eta: 0.1 }).epochs;
    for (const maxEpochs of [last, last - 1]) {
      const options = { eta: 0.1, maxEpochs };
      const what = onGate('AND', options);
      const got = await train(data, options, what);
      const want = reference.trainPerceptron(data.xs, data.ys, options);
      misconception(
        maxEpochs === last && got?.converged === false && got.mistakesPerEpoch?.length === last && got.mistakesPerEpoch.at(-1) === 0,
        () => `${what} returned converged: false, but its epoch ${last}, the last one allowed, made no mistakes (mistakesPerEpoch ${formatValue(got?.mistakesPerEpoch)}): training that converges on the last allowed epoch has converged.`,
        { hint: 'converged means "the last epoch made no mistakes": compute it from mistakesPerEpoch, not as epochs < maxEpochs.' },
      );
      expectSameRun(got, want, what, { fromZero: true });
    }
  });

  it('uses the defaults when options are left out: zero weights, b = 0, eta = 0.1, maxEpochs = 100', async () => {
    for (const [data, name] of [[AND(), 'AND'], [XOR(), 'XOR']] as const) {
      for (const options of [undefined, {}]) {
        const what = onGate(name, options);
        const got = await train(data, options, what);
        expectSameRun(got, reference.trainPerceptron(data.xs, data.ys), what, { fromZero: true });
      }
    }
  });

  it('starts from the given weights and bias, without changing options.w', async () => {
    const options = { w: [0.3, -0.2], b: 0.05, eta: 0.2, maxEpochs: 3 };
    const data = XOR();
    const what = onGate('XOR', options);
    expectSameRun(await train(data, options, what), reference.trainPerceptron(data.xs, data.ys, options), what);
  });

  it('matches the reference epoch by epoch on random data (1 to 12 examples of 1 to 4 inputs)', async () => {
    // Whole-number inputs and learning rates that are powers of 2: every sum is exact, so the
    // order of additions cannot change a prediction at z = 0.
    // Drawn with 4 inputs and cut to n, so that n shrinks too (see sameLength).
    const half = fc.integer({ min: -4, max: 4 }).map((v) => v / 2);
    const input = fc.record({
      n: fc.integer({ min: 1, max: 4 }),
      examples: fc.array(fc.tuple(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 1 })), { minLength: 1, maxLength: 12 }),
      eta: fc.constantFrom(0.5, 0.25, 1, 0.125),
      maxEpochs: fc.integer({ min: 1, max: 20 }),
      start: fc.option(fc.record({ w: fc.array(half, { minLength: 4, maxLength: 4 }), b: half }), { nil: undefined }),
    });
    await forAll(
      'trainPerceptron/random',
      input,
      async ({ n, examples, eta, maxEpochs, start }) => {
        const xs = examples.map(([x]) => x.slice(0, n));
        const ys = examples.map(([, y]) => y);
        const options: TrainOptions = start ? { eta, maxEpochs, w: start.w.slice(0, n), b: start.b } : { eta, maxEpochs };
        const args = [xs, ys, options];
        const what = formatCall('trainPerceptron', args);
        expectSameRun(await chapter.call<TrainResult>('trainPerceptron', args, { timeoutMs: deadlineMs }), reference.trainPerceptron(xs, ys, options), what);
      },
      { numRuns: 30 },
    );
  });

  it('starts from zero weights as long as each example: 1 and 3 inputs, no options', async () => {
    // The random runs above start from given weights about four times in five: this is the check
    // that weights hard-coded for two inputs (as the gates have) cannot pass by chance.
    for (const xs of [[[1], [-1], [2]], [[1, 0, 1], [0, 1, 1], [1, 1, 0]]]) {
      const ys = [1, 0, 1];
      const what = formatCall('trainPerceptron', [xs, ys]);
      expectSameRun(await chapter.call<TrainResult>('trainPerceptron', [xs, ys], { timeoutMs: deadlineMs }), reference.trainPerceptron(xs, ys), what, { fromZero: true });
    }
  });

  // One check per direction: a check written as `ys.length < xs.length` passes one and not the other.
  for (const [xs, ys, more] of [
    [[[0, 0], [1, 1]], [0, 1, 1], 'more labels than examples'],
    [[[0, 0], [1, 1], [1, 0]], [0, 1], 'fewer labels than examples'],
  ] as const) {
    it(`throws an Error naming both counts when there are ${more}`, async () => {
      const args = [xs, ys, {}];
      await expectThrows(chapter.call('trainPerceptron', args), formatCall('trainPerceptron', args), {
        because: `there are ${xs.length} examples and ${ys.length} labels`,
        naming: { what: 'both counts', numbers: [xs.length, ys.length] },
        hint: 'Check xs.length !== ys.length before training, so both directions throw, and put both counts in the message.',
      });
    });
  }

  it('throws an Error when there are no examples: trainPerceptron([], [])', async () => {
    await expectThrows(chapter.call('trainPerceptron', [[], [], {}]), 'trainPerceptron([], [], {})', {
      because: 'there are no examples to learn from',
      hint: 'After the length check, check xs.length === 0 and throw new Error(...) that says there are no examples.',
    });
  });
});

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function closeTo(actual: unknown, expected: number[] | number): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < TOL;
  return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => closeTo(actual[i], e));
}
