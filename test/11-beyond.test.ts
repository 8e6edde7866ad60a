/**
 * Grader for chapter 11 (Beyond this course). Both exercises are training loops built on the
 * learner's own chapters 6 to 9, so each is compared with lib's run of the same loop, epoch by
 * epoch: the page's worked example first, then seeded random networks, then every "Throws".
 *
 * trainAutoencoder is also trained on real digits, inside the sandbox worker (test/probes/11-beyond.ts
 * loads them there), and its reconstruction of held-out digits must beat a threshold that a network
 * ignoring its input cannot reach. freezeLayers is checked bit for bit: a frozen parameter must
 * come back as the very same number, with momentum and weight decay at work, while the others move.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from './grader/runner/api.ts';
import { autoencoderNetwork, autoencoderRun, reconstructionError } from '../lib/autoencoder.ts';
import { Matrix } from '../lib/matrix.ts';
import { createRandom } from '../lib/random.ts';
import { frozenTrainingRun, type FrozenTrainingOptions } from '../lib/transfer.ts';
import * as inputs from '../docs/worked/11-beyond-inputs.ts';
import type { AutoencoderOptions, AutoencoderResult, FreezeLayersOptions, FreezeLayersResult } from '#learner/11-beyond.ts';
import type { DigitAutoencoderRun, DigitSample } from './probes/11-beyond.ts';
import { repoRoot } from './grader/learner.ts';
import { ResultCache, resultKey } from './grader/result-cache.ts';
import { isRecord } from './grader/state-files.ts';
import { expectNear, expectThat, expectThrows, fc, forAll, formatCall, formatValue, isClose, misconception, openChapter, pageLink } from './grader/index.ts';

const chapter = openChapter('11-beyond', {
  probe: 'test/probes/11-beyond.ts',
  params: { trainAutoencoder: ['X', 'options'], freezeLayers: ['X', 'Y', 'layers', 'options'] },
});

// Sums of a few dozen products of numbers below 10, exponentials and logarithms, over a handful of
// steps: rounding noise stays below 1e-12, and every mistake named here moves a number by far more.
const TOL = 1e-9;

type Rows = number[][];
type LayerRows = { W: Rows; b: Rows };
type GradRows = { dW: Rows; db: Rows };

const copy = (rows: readonly (readonly number[])[]): Rows => rows.map((r) => [...r]);
const shape = (a: unknown): string => (Array.isArray(a) ? `(${a.length}×${Array.isArray(a[0]) ? a[0].length : 0})` : formatValue(a));
const isMatrix = (a: unknown, rows: number, cols: number): boolean => Array.isArray(a) && a.length === rows && a.every((r) => Array.isArray(r) && r.length === cols);
const short = (rows: readonly (readonly number[])[]) => `a (${rows.length}×${rows[0]?.length ?? 0}) matrix`;

// ---------------------------------------------------------------------------------------------

/** What the digits check measured, kept by result-cache.ts under the hash of the code it ran. */
interface DigitsVerdict {
  error: number;
  averageError: number;
  costs: number[];
}
const digitsVerdicts = new ResultCache<DigitsVerdict>(
  'autoencoder-digits.json',
  (value): value is DigitsVerdict =>
    isRecord(value) && typeof value.error === 'number' && typeof value.averageError === 'number' && Array.isArray(value.costs) && value.costs.every((c) => typeof c === 'number'),
);

describe('trainAutoencoder', () => {
  // The solution trains the page's bars in a few milliseconds, and the random networks below are
  // smaller still; 20 s leaves room for a plain implementation on a slow, busy laptop (and for a
  // wrong one that trains where it should throw).
  const deadlineMs = 20_000;
  const page = pageLink('11-beyond', 'autoencoder-trace');

  async function train(X: Rows, options: AutoencoderOptions, what: string): Promise<AutoencoderResult> {
    return chapter.call<AutoencoderResult>('trainAutoencoder', [X, options], { timeoutMs: deadlineMs, label: what });
  }

  // The digits run takes seconds even when right, and a wrong network (one without a bottleneck is
  // 30 times larger) can take minutes: it runs only once the small runs agree with the reference.
  // Until then it fails with the small run's own failure, so that a stub still reads as "not
  // started" and a wrong loop is reported once, by the check that says why.
  let smallRunFailure: unknown;
  const smallRun = (check: () => Promise<void>) => async () => {
    try {
      await check();
    } catch (error) {
      smallRunFailure ??= error;
      throw error;
    }
  };

  /** The result's shape: an encoder (k × n) and a decoder (n × k), checked before any number. */
  function expectAutoencoderShape(got: AutoencoderResult, n: number, k: number, what: string) {
    expectThat(
      !!got && typeof got === 'object' && Array.isArray(got.layers) && Array.isArray(got.costs),
      () => `${what} returned ${formatValue(got)}; expected an object { layers, costs }.`,
    );
    expectThat(got.layers.length === 2, () => `${what} returned ${got.layers.length} layers; expected 2, the encoder (n → bottleneck) and the decoder (bottleneck → n).`);
    const [encoder, decoder] = got.layers as LayerRows[];
    misconception(
      isMatrix(encoder?.W, n, n) && isMatrix(decoder?.W, n, n) && k < n,
      () => `${what} returned an encoder W of shape ${shape(encoder?.W)}: the middle layer is as wide as the input (${n} units), not the bottleneck of ${k}. Without a bottleneck the network can learn to copy its input through and learns nothing about it.`,
      { hint: 'The sizes are [n, bottleneck, n]: initializeParameters([X.length, options.bottleneck, X.length], options.seed).' },
    );
    expectThat(
      isMatrix(encoder?.W, k, n) && isMatrix(encoder?.b, k, 1) && isMatrix(decoder?.W, n, k) && isMatrix(decoder?.b, n, 1),
      () => `${what} returned layers with W ${shape(encoder?.W)}, b ${shape(encoder?.b)} and W ${shape(decoder?.W)}, b ${shape(decoder?.b)}; expected the encoder W (${k}×${n}), b (${k}×1) and the decoder W (${n}×${k}), b (${n}×1): n = ${n} inputs squeezed into bottleneck = ${k} units and back.`,
    );
  }

  /** The learner's run against lib's: the costs epoch by epoch (the first that parts is named), then the layers. */
  function expectSameRun(got: AutoencoderResult, X: Rows, options: AutoencoderOptions, what: string) {
    expectAutoencoderShape(got, X.length, options.bottleneck, what);
    const want = autoencoderRun(X, options);
    const { epochs } = options;
    if (got.costs.length === epochs && epochs > 0 && isClose(got.costs, want.costs.slice(1))) {
      expectThat(false, () => `${what} returned costs ${formatValue(got.costs)}: the errors after each epoch, without the one before training. costs has epochs + 1 = ${epochs + 1} entries, costs[0] the error of the initial network (expected ${formatValue(want.costs)}).`);
    }
    expectThat(
      got.costs.length === want.costs.length,
      () => `${what} returned ${got.costs.length} costs ${formatValue(got.costs)}; expected epochs + 1 = ${want.costs.length}: the reconstruction error before training, then one after each of the ${epochs} epochs.`,
    );
    const k = want.costs.findIndex((c, i) => !isClose(got.costs[i], c, TOL));
    misconception(
      k >= 0 && isClose(got.costs, want.costs.map((c) => c * X.length), TOL),
      () => `${what} returned costs ${formatValue(got.costs)}, exactly n = ${X.length} times the reconstruction errors ${formatValue(want.costs)}: each example's squared errors are summed over its ${X.length} pixels instead of averaged. The mean squared error divides by every entry, n·m, as chapter 8's meanSquaredError does.`,
      { hint: 'meanSquaredError(forwardPropagation(X, layers, activations).AL, X), from chapter 8.' },
    );
    misconception(
      k > 0 && epochs > 0 && got.costs.every((c) => c === got.costs[0]),
      () => `${what} returned the same reconstruction error ${formatValue(got.costs[0])} after every epoch: the network never changed. sgdUpdate returns new layers and leaves its input as it was, so its result must be kept.`,
      { hint: 'layers = sgdUpdate(layers, grads, learningRate): assign the result.' },
    );
    if (k === 0) {
      expectThat(
        false,
        () => `${what} returned costs[0] = ${formatValue(got.costs[0])}, the reconstruction error before training; expected ${formatValue(want.costs[0])}, the mean squared error between X and the output of initializeParameters([${X.length}, ${options.bottleneck}, ${X.length}], ${options.seed}) with a ${options.hiddenActivation} middle layer and a sigmoid output.`,
        { hint: "activations = [options.hiddenActivation, 'sigmoid']; the cost is meanSquaredError(forwardPropagation(X, layers, activations).AL, X): the output compared with the input itself." },
      );
    }
    if (k > 0) {
      expectThat(
        false,
        () => `${what} parts from the reference in epoch ${k}: after ${k} ${k === 1 ? 'epoch' : 'epochs'} your reconstruction error is ${formatValue(got.costs[k])}, and it should be ${formatValue(want.costs[k])} (the errors up to then agree: ${formatValue(want.costs.slice(0, k))}).`,
        {
          hint: `Each epoch k (from 1) shuffles with miniBatches(X, X, batchSize, seed + k): the targets are the inputs. Each batch takes one forward pass, one backwardPropagation(AL, batch.Y, caches) and one sgdUpdate. The page's trace (${page}) shows every epoch of a small run.`,
        },
      );
    }
    expectNear(got.layers, want.layers, what, TOL);
  }

  it("follows the page's trace epoch by epoch (six 3×3 bars, bottleneck 3, four epochs)", smallRun(async () => {
    const X = copy(inputs.bars);
    const options: AutoencoderOptions = { ...inputs.barsRun };
    const what = formatCall('trainAutoencoder', [X, options]);
    expectSameRun(await train(X, options, what), X, options, what);
  }));

  it('returns the initial network and one error for epochs = 0', smallRun(async () => {
    const X = copy(inputs.bars);
    const options: AutoencoderOptions = { ...inputs.barsRun, epochs: 0 };
    const what = formatCall('trainAutoencoder', [X, options]);
    expectSameRun(await train(X, options, what), X, options, what);
  }));

  it('matches the reference epoch by epoch on random data (2 to 8 inputs, bottlenecks 1 to n − 1, relu, sigmoid or tanh, batches of 1 to 4)', smallRun(async () => {
    const input = fc.tuple(
      fc.integer({ min: 2, max: 8 }),
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 6 }),
      fc.constantFrom<AutoencoderOptions['hiddenActivation']>('relu', 'sigmoid', 'tanh'),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 1000 }),
      fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 48, maxLength: 48 }),
    );
    await forAll(
      'trainAutoencoder/random',
      input,
      async ([n, bottleneckDraw, m, hiddenActivation, epochs, batchSize, seed, tenths]) => {
        // Pixels in [0, 1], like a digit's: tenths so that a report's numbers stay readable.
        const X = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => tenths[i * 6 + j] / 10));
        const options: AutoencoderOptions = { bottleneck: 1 + ((bottleneckDraw - 1) % (n - 1)), hiddenActivation, learningRate: 0.5, epochs, batchSize, seed };
        const what = formatCall('trainAutoencoder', [X, options]);
        expectSameRun(await train(X, options, what), X, options, what);
      },
      { numRuns: 10 },
    );
  }));

  it('reconstructs 100 held-out digits with a mean squared error below 0.05 (784-32-784 relu, 500 training digits, four epochs in batches of 4)', async () => {
    // Measured with the solution on this 2-core machine: about 0.5 s to load the digits in the
    // worker and 1 to 2 s to train (the loop runs 2,000 forward and backward passes of a 784-32-784
    // network and 5 × 500 forward passes for the costs). A plain map/reduce version is 3 to 4 times
    // slower, a loaded laptop 3 to 5 times again: 60 s fits both, and an endless loop costs 60 s.
    const timeoutMs = 60_000;
    if (smallRunFailure !== undefined) throw smallRunFailure;
    const sample: DigitSample = { trainPerDigit: 50, testPerDigit: 10 };
    const options: AutoencoderOptions = { bottleneck: 32, hiddenActivation: 'relu', learningRate: 0.01, epochs: 4, batchSize: 4, seed: 1 };
    // Measured with the reference on seeds 1 to 3: 0.035 to 0.039. A network that ignores its input
    // can do no better than the average digit, about 0.065, and an untrained one gives about 0.23.
    const threshold = 0.05;
    const what = `trainAutoencoder on 500 digits of the mnist package (${short(Array.from({ length: 784 }, () => Array(500)))}, 784 pixels × 500 digits) with ${formatValue(options)}`;
    // The same code gives the same run (the seed and the digits are fixed): its numbers are kept,
    // and an unchanged chapter is not trained again by the next npm test.
    const key = resultKey([await chapter.sandbox.sourceHash(), readFileSync(join(repoRoot, 'test', '11-beyond.test.ts')), JSON.stringify({ sample, options, threshold })]);
    let verdict = digitsVerdicts.get(key);
    if (!verdict) {
      const packageDir = dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
      const run = await chapter.probe<DigitAutoencoderRun>('trainOnDigits', [packageDir, sample, options], { timeoutMs, label: what });
      const got = run.result as AutoencoderResult;
      expectAutoencoderShape(got, 784, options.bottleneck, what);
      const heldOut = Matrix.from(run.heldOut);
      const average = Matrix.from(run.heldOut.map((row, p) => row.map(() => run.meanImage[p])));
      let averageError = 0;
      for (let i = 0; i < heldOut.data.length; i++) averageError += (heldOut.data[i] - average.data[i]) ** 2;
      averageError /= heldOut.data.length;
      verdict = {
        error: reconstructionError(autoencoderNetwork(options.hiddenActivation, got.layers as LayerRows[]), heldOut),
        averageError,
        costs: got.costs,
      };
      digitsVerdicts.set(key, verdict);
    }
    const { error, averageError, costs } = verdict;
    expectThat(
      Number.isFinite(error) && error < threshold,
      () => `${what} reconstructs the 100 held-out digits with a mean squared error of ${formatValue(error)}; expected below ${threshold}. Drawing the average training digit whatever the input scores ${formatValue(averageError)}: a network at or above that has not learned to use its input. Its costs on the training digits went ${formatValue(costs)}.`,
      { hint: "Check the smaller runs first (they compare every epoch with the reference). Then: the output layer is 'sigmoid', the targets are the inputs (miniBatches(X, X, …)), and every batch takes one sgdUpdate." },
    );
  });

  for (const { bottleneck, because } of [
    { bottleneck: 9, because: 'a bottleneck of 9 units is as wide as the 9 inputs' },
    { bottleneck: 12, because: 'a bottleneck of 12 units is wider than the 9 inputs' },
    { bottleneck: 0, because: 'a bottleneck of 0 units passes nothing on' },
    { bottleneck: 2.5, because: 'a bottleneck of 2.5 units is not a whole number' },
  ]) {
    it(`throws an Error naming the bottleneck when it is ${bottleneck} for 9 inputs`, async () => {
      const args = [copy(inputs.bars), { ...inputs.barsRun, bottleneck }];
      await expectThrows(chapter.call('trainAutoencoder', args, { timeoutMs: deadlineMs }), formatCall('trainAutoencoder', args), {
        because,
        naming: { what: 'the bottleneck', numbers: [bottleneck] },
        hint: 'Check that options.bottleneck is a whole number from 1 to X.length − 1 before training, and put it in the message.',
      });
    });
  }

  it('throws an Error naming the value when the learning rate is not above 0 or epochs is not a whole number (0, NaN, -1, 1.5)', async () => {
    const cases = [
      { change: { learningRate: 0 }, value: 0, because: 'the learning rate 0 is not greater than 0' },
      { change: { learningRate: Number.NaN }, value: Number.NaN, because: 'the learning rate NaN is not a finite number' },
      { change: { epochs: -1 }, value: -1, because: 'epochs = -1 is below 0' },
      { change: { epochs: 1.5 }, value: 1.5, because: 'epochs = 1.5 is not a whole number' },
    ];
    for (const { change, value, because } of cases) {
      const args = [copy(inputs.bars), { ...inputs.barsRun, ...change }];
      await expectThrows(chapter.call('trainAutoencoder', args, { timeoutMs: deadlineMs }), formatCall('trainAutoencoder', args), {
        because,
        naming: { what: 'the value', numbers: [value] },
        hint: 'Check !Number.isFinite(learningRate) || learningRate <= 0 and !Number.isInteger(epochs) || epochs < 0 before training: NaN fails every comparison.',
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('freezeLayers', () => {
  // As for trainAutoencoder: the solution's runs take milliseconds; a wrong one that trains
  // instead of throwing must still get the time to finish.
  const deadlineMs = 20_000;
  const page = pageLink('11-beyond', 'transfer-example');

  type Options = FreezeLayersOptions;
  type Given = { X: Rows; Y: Rows; layers: LayerRows[]; options: Options };

  async function fineTune({ X, Y, layers, options }: Given, what: string): Promise<FreezeLayersResult> {
    return chapter.call<FreezeLayersResult>('freezeLayers', [X, Y, layers, options], { timeoutMs: deadlineMs, label: what });
  }

  const reference = ({ X, Y, layers, options }: Given) => frozenTrainingRun(X, Y, layers, options as FrozenTrainingOptions);

  /** The size of every batch of the run, in order: one parameter update each. */
  const batchSizes = ({ X, options }: Given): number[] => {
    const m = X[0].length;
    const perEpoch = Array.from({ length: Math.ceil(m / options.batchSize) }, (_, k) => Math.min(options.batchSize, m - k * options.batchSize));
    return Array.from({ length: options.epochs }, () => perEpoch).flat();
  };

  function expectResultShape(got: FreezeLayersResult, layers: LayerRows[], what: string) {
    expectThat(
      !!got && typeof got === 'object' && Array.isArray(got.layers) && Array.isArray(got.velocities) && Array.isArray(got.costs),
      () => `${what} returned ${formatValue(got)}; expected an object { layers, velocities, costs }.`,
    );
    layers.forEach(({ W, b }, l) => {
      const layer = got.layers[l] as LayerRows | undefined;
      const velocity = got.velocities[l] as GradRows | undefined;
      expectThat(
        isMatrix(layer?.W, W.length, W[0].length) && isMatrix(layer?.b, b.length, 1) && isMatrix(velocity?.dW, W.length, W[0].length) && isMatrix(velocity?.db, b.length, 1),
        () => `${what} returned for layer ${l + 1} W ${shape(layer?.W)}, b ${shape(layer?.b)}, velocity dW ${shape(velocity?.dW)}, db ${shape(velocity?.db)}; expected W and dW ${shape(W)}, b and db ${shape(b)}, as given.`,
      );
    });
    expectThat(got.layers.length === layers.length && got.velocities.length === layers.length, () => `${what} returned ${got.layers.length} layers and ${got.velocities.length} velocities; expected ${layers.length} of each, one per layer given.`);
  }

  /** The first entry of `got` that is not the very same number as in `given` ("W[1][0]"), or undefined. */
  function firstMoved(got: Record<string, Rows>, given: Record<string, Rows>, keys: readonly string[]): { where: string; was: number; now: unknown } | undefined {
    for (const key of keys) {
      for (let i = 0; i < given[key].length; i++) {
        for (let j = 0; j < given[key][i].length; j++) {
          const now = got[key]?.[i]?.[j];
          if (!Object.is(now, given[key][i][j])) return { where: `${key}[${i}][${j}]`, was: given[key][i][j], now };
        }
      }
    }
    return undefined;
  }

  /**
   * Every frozen layer and its velocity exactly as given; the cause named where the numbers leave
   * no doubt: all zeros, or exactly the drift that a carried velocity or weight decay alone gives.
   */
  function expectFrozen(got: FreezeLayersResult, given: Given, what: string) {
    const { layers, options } = given;
    const velocities = options.velocities ?? layers.map(({ W, b }) => ({ dW: W.map((r) => r.map(() => 0)), db: b.map((r) => r.map(() => 0)) }));
    const { learningRate: eta, momentum: beta, weightDecay: lambda } = options;
    for (let l = 0; l < options.frozen; l++) {
      const layer = got.layers[l] as LayerRows;
      const moved = firstMoved(layer, layers[l], ['W', 'b']);
      if (moved) {
        const frozen = `${what}: layer ${l + 1} is frozen (frozen = ${options.frozen}), but its ${moved.where} came back as ${formatValue(moved.now)} instead of exactly ${formatValue(moved.was)}`;
        misconception(
          layer.W.every((row) => row.every((w) => w === 0)) && layers[l].W.some((row) => row.some((w) => w !== 0)),
          () => `${frozen}: every weight of the layer is 0. Freezing a layer keeps its numbers as they are; a layer of zeros passes nothing on, and what it had learned is lost.`,
          { hint: 'Leave the frozen layers out of the update and put the very same layer objects back in the result.' },
        );
        // What the optimiser does to a layer whose gradient is zero, step by step: with the
        // gradient zeroed but momentumUpdate and the decay still run on it (A), or with only a
        // separate decay step (B). Either exactly reproduced names its cause.
        const sizes = batchSizes(given);
        const zeroGradient = (W: Rows, v: Rows) => {
          let [w, vel] = [copy(W), copy(v)];
          for (const m of sizes) {
            vel = vel.map((row, i) => row.map((x, j) => beta * x + (lambda / m) * w[i][j]));
            w = w.map((row, i) => row.map((x, j) => x - eta * vel[i][j]));
          }
          return w;
        };
        const shrunk = (W: Rows) => sizes.reduce((w, m) => w.map((row) => row.map((x) => x - eta * (lambda / m) * x)), copy(W));
        const forces = [beta > 0 && velocities[l].dW.some((row) => row.some((x) => x !== 0)) ? 'the velocity it carries from earlier training (momentum: v ← βv + 0 is not 0)' : '', lambda > 0 ? 'weight decay ((λ/m)·W is not 0)' : ''].filter(Boolean);
        misconception(
          forces.length > 0 && isClose(layer.W, zeroGradient(layers[l].W, velocities[l].dW), 1e-9),
          () => `${frozen}: it moved exactly as a layer whose gradient is set to 0 moves when it still goes through the update, pushed by ${forces.join(' and ')}. Zeroing a frozen layer's gradient is not enough: leave frozen layers, and their velocities, out of the update altogether.`,
          { hint: 'momentumUpdate(layers.slice(frozen), grads.slice(frozen), velocities.slice(frozen), …), then put the frozen layers back in front.' },
        );
        misconception(
          lambda > 0 && isClose(layer.W, shrunk(layers[l].W), 1e-9),
          () => `${frozen}: every weight shrank by exactly the factor that weight decay alone gives. Weight decay is part of the update: apply it to the layers you train, never to a frozen one.`,
          { hint: 'Add l2Gradient(W, weightDecay, m) to the dW of the trained layers only, before their momentumUpdate.' },
        );
        expectThat(false, () => `${frozen}. A frozen layer must not move at all: not by its gradient, nor by momentum, nor by weight decay.`, {
          hint: `Update only layers.slice(frozen) and put layers.slice(0, frozen) back in front unchanged. The page's example (${page}) shows a frozen layer before and after.`,
        });
      }
      const velocityMoved = firstMoved(got.velocities[l] as GradRows, velocities[l] as GradRows, ['dW', 'db']);
      expectThat(
        !velocityMoved,
        () => `${what}: layer ${l + 1} is frozen, but its velocity ${velocityMoved?.where} came back as ${formatValue(velocityMoved?.now)} instead of exactly ${formatValue(velocityMoved?.was)}${options.velocities ? ' (as given)' : ' (zeros, as none were given)'}. A frozen layer's velocity waits, untouched, for the day the layer is unfrozen.`,
        { hint: 'Update only velocities.slice(frozen) and put velocities.slice(0, frozen) back in front unchanged.' },
      );
    }
  }

  /** The learner's run against lib's: shapes, frozen layers bit for bit, trained ones moved, costs, then every number. */
  function expectSameRun(got: FreezeLayersResult, given: Given, what: string) {
    const { layers, options } = given;
    expectResultShape(got, layers, what);
    expectFrozen(got, given, what);
    const want = reference(given);
    if (options.epochs > 0) {
      for (let l = options.frozen; l < layers.length; l++) {
        // A trained layer can stay as it was when the reference's does too: a dead ReLU unit, say,
        // with no velocity carried in, has a gradient of exactly 0.
        if (firstMoved(want.layers[l] as LayerRows, layers[l], ['W', 'b']) === undefined) continue;
        expectThat(
          firstMoved(got.layers[l] as LayerRows, layers[l], ['W', 'b']) !== undefined,
          () => `${what}: layer ${l + 1} is not frozen (frozen = ${options.frozen}), yet it came back exactly as given after ${options.epochs} epochs; only the first ${options.frozen} ${options.frozen === 1 ? 'layer is' : 'layers are'} frozen, the others are trained.`,
          { hint: 'frozen counts layers from the input: layers.slice(0, frozen) stay, layers.slice(frozen) are trained.' },
        );
      }
    }
    expectThat(
      got.costs.length === want.costs.length,
      () => `${what} returned ${got.costs.length} costs ${formatValue(got.costs)}; expected epochs + 1 = ${want.costs.length}: the cost before training, then one after each of the ${options.epochs} epochs.`,
    );
    const k = want.costs.findIndex((c, i) => !isClose(got.costs[i], c, TOL));
    if (k === 0) {
      expectThat(false, () => `${what} returned costs[0] = ${formatValue(got.costs[0])}, the cost before training; expected ${formatValue(want.costs[0])}, categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y) of the layers as given.`);
    }
    if (k > 0) {
      expectThat(
        false,
        () => `${what} parts from the reference in epoch ${k}: after ${k} ${k === 1 ? 'epoch' : 'epochs'} your cost is ${formatValue(got.costs[k])}, and it should be ${formatValue(want.costs[k])} (the costs up to then agree: ${formatValue(want.costs.slice(0, k))}).`,
        {
          hint: `Each epoch k (from 1) shuffles with miniBatches(X, Y, batchSize, seed + k). Each batch: forward, backward, then for every trained layer dW + l2Gradient(W, weightDecay, m) with m the batch's size (not on db), and one momentumUpdate with the velocities. The page's example (${page}) prints each epoch.`,
        },
      );
    }
    expectNear(got.layers, want.layers, `${what}: the layers`, TOL);
    expectNear(got.velocities, want.velocities, `${what}: the velocities`, TOL);
  }

  /** The page's example with some options changed. */
  const example = (change: Partial<Options> = {}, velocities: boolean = true): Given => ({
    X: copy(inputs.transfer.X),
    Y: copy(inputs.transfer.Y),
    layers: inputs.transfer.layers.map(({ W, b }) => ({ W: copy(W), b: copy(b) })),
    options: {
      ...inputs.transfer.options,
      activations: [...inputs.transfer.options.activations],
      ...(velocities ? { velocities: inputs.transfer.velocities.map(({ dW, db }) => ({ dW: copy(dW), db: copy(db) })) } : {}),
      ...change,
    },
  });
  const call = (given: Given) => formatCall('freezeLayers', [given.X, given.Y, given.layers, given.options]);

  it("follows the page's example (2-3-2, layer 1 frozen, momentum 0.9, weight decay 0.1, carried velocities)", async () => {
    const given = example();
    expectSameRun(await fineTune(given, call(given)), given, call(given));
  });

  it('keeps the frozen layer bit for bit with plain SGD (momentum 0, no weight decay, no velocities given)', async () => {
    const given = example({ momentum: 0, weightDecay: 0 }, false);
    expectSameRun(await fineTune(given, call(given)), given, call(given));
  });

  it('keeps the frozen layer bit for bit when velocities from earlier training are given (momentum 0.9, no weight decay)', async () => {
    const given = example({ weightDecay: 0 });
    expectSameRun(await fineTune(given, call(given)), given, call(given));
  });

  it('keeps the frozen layer bit for bit with weight decay (λ = 0.5, momentum 0, no velocities given)', async () => {
    // Six examples in batches of 3: every batch has m = 3, so the decay factor is the same each step.
    const given = example({ momentum: 0, weightDecay: 0.5 }, false);
    expectSameRun(await fineTune(given, call(given)), given, call(given));
  });

  it('trains every layer when frozen = 0, and changes nothing when every layer is frozen', async () => {
    for (const frozen of [0, 2]) {
      const given = example({ frozen });
      expectSameRun(await fineTune(given, call(given)), given, call(given));
    }
  });

  /** Whether some hidden unit of a ReLU network has |z| < 1e-9 on X: 0 in exact arithmetic, its sign left to rounding. */
  function nearReluKink(X: Rows, layers: LayerRows[]): boolean {
    let A = X;
    for (const { W, b } of layers.slice(0, -1)) {
      const Z = W.map((row, i) => A[0].map((_, j) => row.reduce((sum, w, k) => sum + w * A[k][j], b[i][0])));
      if (Z.some((row) => row.some((z) => Math.abs(z) < 1e-9))) return true;
      A = Z.map((row) => row.map((z) => Math.max(0, z)));
    }
    return false;
  }

  it('matches the reference on random networks (2 to 4 layers, any number frozen, relu, sigmoid, tanh or linear hidden layers)', async () => {
    const input = fc.tuple(
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
      fc.integer({ min: 2, max: 4 }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom('relu', 'sigmoid', 'tanh', 'linear'),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 1, max: 4 }),
      fc.constantFrom(0, 0.5, 0.9),
      fc.constantFrom(0, 0.1, 1),
      fc.integer({ min: 0, max: 1000 }),
    );
    await forAll(
      'freezeLayers/random',
      input,
      async ([widths, depth, frozenDraw, hidden, m, epochs, batchSize, momentum, weightDecay, seed]) => {
        const random = createRandom(seed);
        const sizes = [widths[0], ...widths.slice(1, depth), 2];
        const draw = (rows: number, cols: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(random.gaussian() * 10) / 10));
        let layers: LayerRows[];
        let X: Rows;
        // Tenths can add up to exactly 0 at a ReLU's kink, where the order of the additions decides
        // the side: lib adds the bias first and got +1e-16 (slope 1) where the solution got 0 (slope 0),
        // and failed it. Drawn again until every unit's z is clear of the kink.
        do {
          layers = sizes.slice(1).map((n, l) => ({ W: draw(n, sizes[l]), b: draw(n, 1) }));
          X = draw(sizes[0], m);
        } while (hidden === 'relu' && nearReluKink(X, layers));
        const Y = [0, 1].map((c) => Array.from({ length: m }, (_, j) => ((j + seed) % 2 === c ? 1 : 0)));
        const velocities = layers.map(({ W, b }) => ({ dW: draw(W.length, W[0].length), db: draw(b.length, 1) }));
        const activations = [...Array(layers.length - 1).fill(hidden), 'softmax'] as FreezeLayersOptions['activations'];
        const options: Options = { frozen: frozenDraw % (layers.length + 1), activations, learningRate: 0.3, momentum, weightDecay, epochs, batchSize, seed, velocities };
        const given = { X, Y, layers, options };
        expectSameRun(await fineTune(given, call(given)), given, call(given));
      },
      { numRuns: 10 },
    );
  });

  it('throws an Error naming frozen when it is not a whole number from 0 to the number of layers (-1, 3, 1.5)', async () => {
    for (const frozen of [-1, 3, 1.5]) {
      const given = example({ frozen });
      await expectThrows(chapter.call('freezeLayers', [given.X, given.Y, given.layers, given.options], { timeoutMs: deadlineMs }), call(given), {
        because: `frozen = ${frozen} is not a whole number from 0 to 2, the number of layers`,
        naming: { what: 'frozen', numbers: [frozen] },
        hint: 'Check Number.isInteger(frozen) && frozen >= 0 && frozen <= layers.length before training, both ends.',
      });
    }
  });

  it('throws an Error naming the value when the learning rate, momentum, weight decay or epochs is out of range (0, 1, -0.1, -1)', async () => {
    const cases: { change: Partial<Options>; value: number; because: string }[] = [
      { change: { learningRate: 0 }, value: 0, because: 'the learning rate 0 is not greater than 0' },
      { change: { momentum: 1 }, value: 1, because: 'a momentum of 1 never forgets a step: it must be below 1' },
      { change: { momentum: -0.5 }, value: -0.5, because: 'a momentum of -0.5 is below 0' },
      { change: { weightDecay: -0.1 }, value: -0.1, because: 'a weight decay of -0.1 is below 0' },
      { change: { epochs: -1 }, value: -1, because: 'epochs = -1 is below 0' },
    ];
    for (const { change, value, because } of cases) {
      const given = example(change);
      await expectThrows(chapter.call('freezeLayers', [given.X, given.Y, given.layers, given.options], { timeoutMs: deadlineMs }), call(given), {
        because,
        naming: { what: 'the value', numbers: [value] },
        hint: 'Check each option before training: learningRate > 0, 0 ≤ momentum < 1, weightDecay ≥ 0, epochs a whole number ≥ 0.',
      });
    }
  });

  it("throws an Error when the activations are not one per layer or the last is not 'softmax'", async () => {
    for (const activations of [['tanh', 'sigmoid'], ['softmax'], ['tanh', 'tanh', 'softmax']] as Options['activations'][]) {
      const given = example({ activations });
      await expectThrows(chapter.call('freezeLayers', [given.X, given.Y, given.layers, given.options], { timeoutMs: deadlineMs }), call(given), {
        because: `the 2 layers need two activations, the last 'softmax', and got [${activations.join(', ')}]`,
        hint: "Check activations.length === layers.length and activations[activations.length - 1] === 'softmax' before training.",
      });
    }
  });
});
