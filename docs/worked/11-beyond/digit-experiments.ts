/**
 * The two digit experiments of docs/11-beyond.md, run by lib/ at build time: an autoencoder trained
 * on 1,000 unlabelled digits (its reconstructions of held-out digits are drawn beside the
 * originals), then transfer learning from its encoder to a classifier that sees 10 labelled
 * digits of each class, compared with the same classifier trained from scratch.
 *
 * Training takes several seconds, so the result is kept in node_modules/.cache, under the hash of
 * every lib/ file it runs and of the settings below: a build with the same code and data reuses
 * it, and any change to them trains again.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { autoencoderNetwork, autoencoderRun, reconstructionError } from '../../../lib/autoencoder.ts';
import { DIGIT_PIXELS, type DigitSet, loadDigits } from '../../../lib/digits.ts';
import { Matrix } from '../../../lib/matrix.ts';
import { spineInitialLayers } from '../../../lib/spine-training.ts';
import { frozenNetwork, frozenTrainingRun } from '../../../lib/transfer.ts';
import { cachedExperiment, libFiles } from '../../.vitepress/experiment-cache.ts';

// The site is built from the repository's root (npm run docs:build, verify). This module runs as a
// bundle from a data: URL (docs/.vitepress/page-modules.ts), so import.meta.url names no folder.
const root = process.cwd();
const mnistDir = () => dirname(createRequire(join(root, 'package.json')).resolve('mnist/package.json'));

/** Every setting of the experiments: part of the cache key, and printed on the page. */
export const settings = {
  data: { trainPerDigit: 100, testPerDigit: 30 },
  autoencoder: { bottleneck: 32, hiddenActivation: 'relu', learningRate: 0.01, epochs: 4, batchSize: 4, seed: 1 },
  /** How many held-out digits the figure shows, beside their reconstructions. */
  shown: 10,
  transfer: {
    labelledPerDigit: 10,
    headSeed: 2,
    training: { learningRate: 0.05, momentum: 0.9, weightDecay: 0, epochs: 30, batchSize: 10, seed: 1 },
  },
} as const;

export interface TransferResult {
  name: 'scratch' | 'frozen' | 'fine-tuned';
  /** Parameters the optimiser updates. */
  trained: number;
  trainAccuracy: number;
  heldOutAccuracy: number;
}

export interface DigitExperiments {
  trainCount: number;
  testCount: number;
  /** Reconstruction errors on the training digits: before training, then after each epoch. */
  costs: number[];
  heldOutError: number;
  /** Drawing the training set's average digit whatever the input. */
  averageDigitError: number;
  /** The untrained network on the held-out digits. */
  untrainedError: number;
  /** The digits drawn in the figure: originals and reconstructions, 784 values each in [0, 1]. */
  originals: number[][];
  reconstructions: number[][];
  labels: number[];
  transfer: TransferResult[];
}

function asColumns(set: DigitSet, indices: readonly number[]): number[][] {
  return Array.from({ length: DIGIT_PIXELS }, (_, p) => indices.map((j) => set.images[j * DIGIT_PIXELS + p]));
}

const oneHot = (labels: readonly number[]) => Array.from({ length: 10 }, (_, c) => labels.map((y) => (y === c ? 1 : 0)));

/** The first `per` images of each digit, in the set's (fixed, shuffled) order. */
function firstOfEach(set: DigitSet, per: number): number[] {
  const seen = new Array<number>(10).fill(0);
  const picked: number[] = [];
  for (let j = 0; j < set.count; j++) if (seen[set.labels[j]]++ < per) picked.push(j);
  return picked;
}

function run(): DigitExperiments {
  const { train, test } = loadDigits({ ...settings.data, packageDir: mnistDir() });
  const all = Array.from({ length: train.count }, (_, j) => j);
  const heldOut = Array.from({ length: test.count }, (_, j) => j);
  const X = asColumns(train, all);
  const T = Matrix.from(asColumns(test, heldOut));

  const ae = autoencoderRun(X, settings.autoencoder);
  const net = autoencoderNetwork(settings.autoencoder.hiddenActivation, ae.layers);
  const untrained = autoencoderNetwork(settings.autoencoder.hiddenActivation, spineInitialLayers([DIGIT_PIXELS, settings.autoencoder.bottleneck, DIGIT_PIXELS], settings.autoencoder.seed));
  const average = X.map((row) => row.reduce((s, v) => s + v, 0) / row.length);
  let averageDigitError = 0;
  for (let p = 0; p < DIGIT_PIXELS; p++) for (let j = 0; j < T.cols; j++) averageDigitError += (T.data[p * T.cols + j] - average[p]) ** 2;
  averageDigitError /= T.data.length;

  // One held-out example of each digit, 0 to 9, for the figure.
  const shownIdx = Array.from({ length: settings.shown }, (_, d) => heldOut.find((j) => test.labels[j] === d % 10)!);
  const shown = Matrix.from(asColumns(test, shownIdx));
  const out = net.forward(shown);
  const column = (m: Matrix, j: number) => Array.from({ length: DIGIT_PIXELS }, (_, p) => m.data[p * m.cols + j]);

  // Transfer: the encoder learned from 1,000 unlabelled digits becomes the first layer of a
  // 784-32-10 classifier that has only a few labelled digits of each class.
  const labelled = firstOfEach(train, settings.transfer.labelledPerDigit);
  const target = { X: asColumns(train, labelled), Y: oneHot(labelled.map((j) => train.labels[j])) };
  const testY = Matrix.from(oneHot(heldOut.map((j) => test.labels[j])));
  const activations = ['relu', 'softmax'] as const;
  const head = spineInitialLayers([DIGIT_PIXELS, settings.autoencoder.bottleneck, 10], settings.transfer.headSeed);
  const starts = [
    { name: 'scratch', layers: head, frozen: 0 },
    { name: 'frozen', layers: [ae.layers[0], head[1]], frozen: 1 },
    { name: 'fine-tuned', layers: [ae.layers[0], head[1]], frozen: 0 },
  ] as const;
  const transfer = starts.map(({ name, layers, frozen }): TransferResult => {
    const result = frozenTrainingRun(target.X, target.Y, layers, { ...settings.transfer.training, activations, frozen });
    const trainedNet = frozenNetwork(result.layers, activations);
    const trained = result.layers.slice(frozen).reduce((s, l) => s + l.W.length * (l.W[0].length + 1), 0);
    return { name, trained, trainAccuracy: trainedNet.accuracy(Matrix.from(target.X), Matrix.from(target.Y)), heldOutAccuracy: trainedNet.accuracy(T, testY) };
  });

  return {
    trainCount: train.count,
    testCount: test.count,
    costs: ae.costs,
    heldOutError: reconstructionError(net, T),
    averageDigitError,
    untrainedError: reconstructionError(untrained, T),
    originals: shownIdx.map((_, k) => column(shown, k)),
    reconstructions: shownIdx.map((_, k) => column(out, k)),
    labels: shownIdx.map((j) => test.labels[j]),
    transfer,
  };
}

/** The experiments' results, from the cache when the code and settings are unchanged. */
export function digitExperiments(): DigitExperiments {
  return cachedExperiment('11-beyond', settings, [...libFiles(), 'docs/worked/11-beyond/digit-experiments.ts'], run);
}
