/**
 * Grader for chapter 1 (the perceptron). Every expected value comes from lib/perceptron.ts on
 * the page's worked example or on seeded random inputs; the misconceptions the chapter warns
 * about (flipped error sign, bias left alone, firing at z = 0) are named when they show up.
 */
import { describe, it } from 'vitest';
import { AND, OR, XOR, type Dataset } from '../lib/logic-gates.ts';
import * as reference from '../lib/perceptron.ts';
import type { Random } from '../lib/random.ts';
import type { Perceptron, TrainResult } from '#learner/01-perceptron.ts';
import {
  expectClose,
  expectEqual,
  expectThat,
  expectThrows,
  formatCall,
  formatValue,
  misconception,
  openChapter,
  randomFor,
} from './grader/index.ts';

const chapter = openChapter('01-perceptron');

// Training runs up to 500 epochs over 40 examples: allow more than the default 2 s per call.
const TRAINING_DEADLINE = { timeoutMs: 5000 };

// Sums of at most 10 products of numbers below 10: rounding noise is about 1e-14.
const TOL = 1e-9;

/** The page's worked example: the neuron should have fired (y = 1) but did not. */
const worked = { w: [0.2, -0.4, 0.1], b: -0.5, x: [1, 0, 1], y: 1, eta: 0.1 };

function randomVector(random: Random, n: number, scale = 1): number[] {
  return Array.from({ length: n }, () => random.uniform(-scale, scale));
}

describe('weightedSum', () => {
  const random = randomFor('weightedSum');

  /** Compares with the reference, naming the two classic ways of mishandling the bias. */
  async function checkWeightedSum(w: number[], b: number, x: number[]) {
    const what = formatCall('weightedSum', [w, b, x]);
    const got = await chapter.call<number>('weightedSum', [w, b, x]);
    const want = reference.weightedSum(w, b, x);
    misconception(
      w.length > 1 && Math.abs(b) > TOL && Math.abs(got - (want + (w.length - 1) * b)) < TOL,
      `${what} returned ${formatValue(got)}: it looks like b is added once per input. The bias is added once, after the sum of w[i] * x[i].`,
    );
    misconception(
      Math.abs(b) > TOL && Math.abs(got - (want - b)) < TOL,
      `${what} returned ${formatValue(got)}, which is w · x without the bias b: add b once at the end.`,
    );
    expectClose(got, want, what, TOL);
  }

  it('computes z for the worked example on the page', async () => {
    await checkWeightedSum(worked.w, worked.b, worked.x);
  });

  it('matches the reference for random weights, inputs and biases in 1 to 10 dimensions', async () => {
    for (const n of [1, 2, 3, 10, random.int(4, 9)]) {
      await checkWeightedSum(randomVector(random, n, 5), random.uniform(-5, 5), randomVector(random, n, 5));
    }
  });
});

describe('step', () => {
  const random = randomFor('step');

  it('outputs 0 for negative z and 1 for positive z', async () => {
    const zs = [-3, -1e-9, 1e-9, 2.5, random.uniform(-100, -0.001), random.uniform(0.001, 100)];
    for (const z of zs) expectEqual(await chapter.call('step', [z]), reference.step(z), `step(${z})`);
  });

  it('does not fire at exactly z = 0', async () => {
    const got = await chapter.call('step', [0]);
    misconception(
      got === 1,
      'step(0) returned 1, but the neuron fires only when z > 0; at exactly 0 it stays at 0. Use z > 0, not z >= 0.',
    );
    expectEqual(got, 0, 'step(0)');
  });
});

describe('perceptronPredict', () => {
  const random = randomFor('perceptronPredict');

  it('matches the reference for random perceptrons and inputs', async () => {
    for (let i = 0; i < 12; i++) {
      const n = random.int(1, 6);
      const w = randomVector(random, n, 2);
      const b = random.uniform(-1, 1);
      const x = randomVector(random, n, 2);
      expectEqual(await chapter.call('perceptronPredict', [w, b, x]), reference.perceptronPredict(w, b, x), formatCall('perceptronPredict', [w, b, x]));
    }
  });

  it('predicts 0 for a point exactly on the decision line', async () => {
    // w · x + b = 2 - 2 + 0 = 0 exactly (small integers, so no rounding).
    const args = [[1, -1], 0, [2, 2]];
    expectEqual(await chapter.call('perceptronPredict', args), 0, `${formatCall('perceptronPredict', args)} (z is exactly 0)`);
  });
});

describe('perceptronUpdate', () => {
  const random = randomFor('perceptronUpdate');

  /** Runs one update and names the classic mistakes before the generic comparison. */
  async function checkUpdate(w: number[], b: number, x: number[], y: number, eta: number) {
    const args = [w, b, x, y, eta];
    const what = formatCall('perceptronUpdate', args);
    const got = await chapter.call<Perceptron>('perceptronUpdate', args);
    const want = reference.perceptronUpdate(w, b, x, y, eta);
    const error = y - reference.perceptronPredict(w, b, x);
    if (error !== 0) {
      const flipped = { w: w.map((wi, i) => wi - eta * error * x[i]), b: b - eta * error };
      misconception(
        closeTo(got?.w, flipped.w) && closeTo(got?.b, flipped.b),
        `${what} moved the weights the wrong way: it looks like the error's sign is flipped. The error is y - yhat (here ${error}), not yhat - y.`,
      );
      misconception(
        closeTo(got?.w, want.w) && closeTo(got?.b, b),
        `${what} updated the weights but the bias never changed (it is still ${b}): the bias learns too, by eta * (y - yhat), as a weight whose input is always 1.`,
      );
    }
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

  it('matches the reference on random examples, without changing w in place', async () => {
    for (let i = 0; i < 15; i++) {
      const n = random.int(1, 6);
      await checkUpdate(randomVector(random, n, 2), random.uniform(-1, 1), randomVector(random, n, 2), random.int(0, 1), random.choice([0.01, 0.1, 0.5, 1]));
    }
  });
});

describe('trainPerceptron', () => {
  const random = randomFor('trainPerceptron');

  async function train(data: Dataset, options: reference.TrainOptions = {}) {
    const args = [data.xs, data.ys, options];
    const got = await chapter.call<TrainResult>('trainPerceptron', args, TRAINING_DEADLINE);
    return { got, want: reference.trainPerceptron(data.xs, data.ys, options), what: formatCall('trainPerceptron', args) };
  }

  function accuracy(model: Perceptron, data: Dataset): number {
    const right = data.xs.filter((x, i) => reference.perceptronPredict(model.w, model.b, x) === data.ys[i]).length;
    return right / data.xs.length;
  }

  for (const [name, gate] of [['AND', AND], ['OR', OR]] as const) {
    it(`learns ${name} to 100% accuracy and reports converged`, async () => {
      const data = gate();
      const { got, want, what } = await train(data);
      expectThat(
        got?.converged === true,
        `${what} (the ${name} gate) returned converged: ${got?.converged}; ${name} is linearly separable, so training from zeros with eta = 0.1 converges after ${want.epochs} epochs.`,
      );
      const acc = accuracy(got, data);
      expectThat(acc === 1, `${what} (the ${name} gate) returned w = ${formatValue(got.w)}, b = ${formatValue(got.b)}, which classifies only ${acc * 100}% of ${name} correctly.`);
      expectClose(got, want, what, TOL);
    });
  }

  it('reports XOR as not converged after maxEpochs', async () => {
    const { got, want, what } = await train(XOR());
    expectThat(
      got?.converged === false,
      `${what} (the XOR gate) returned converged: ${got?.converged}; no line separates XOR, so the perceptron can never make a mistake-free epoch.`,
    );
    expectEqual(got.epochs, want.epochs, `the number of epochs of ${what}`);
    expectClose(got, want, what, TOL);
  });

  it('matches the reference epoch for epoch on random separable data', async () => {
    for (let trial = 0; trial < 3; trial++) {
      // A random true line, and points kept a little away from it so training converges quickly.
      const n = random.int(2, 4);
      const trueW = randomVector(random, n);
      const trueB = random.uniform(-0.3, 0.3);
      const xs: number[][] = [];
      while (xs.length < 40) {
        const x = randomVector(random, n);
        if (Math.abs(reference.weightedSum(trueW, trueB, x)) > 0.1) xs.push(x);
      }
      const data = { xs, ys: xs.map((x) => reference.perceptronPredict(trueW, trueB, x)) };
      const options = { eta: random.choice([0.05, 0.1, 0.3]), maxEpochs: 500 };
      const { got, want, what } = await train(data, options);
      expectEqual(got?.mistakesPerEpoch, want.mistakesPerEpoch, `the mistakes per epoch of ${what}`);
      expectClose(got, want, what, TOL);
    }
  });

  it('starts from the given weights and bias and stops at maxEpochs', async () => {
    const options = { w: [0.3, -0.2], b: 0.05, eta: 0.2, maxEpochs: 3 };
    const { got, want, what } = await train(XOR(), options);
    expectEqual(got?.epochs, 3, `the epochs of ${what} (maxEpochs is 3)`);
    expectClose(got, want, what, TOL);
  });

  it('throws when there is not one label per example', async () => {
    const args = [[[0, 0], [1, 1]], [0], {}];
    await expectThrows(chapter.call('trainPerceptron', args), formatCall('trainPerceptron', args), 'there are 2 examples but only 1 label');
  });
});

function closeTo(actual: unknown, expected: number[] | number): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < TOL;
  return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => closeTo(actual[i], e));
}
