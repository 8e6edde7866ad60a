/**
 * The reference digit classifier of chapter 10: the recipe (784-64-10, ReLU, softmax with
 * cross-entropy, SGD with η = 0.5 / (1 + 0.5·epoch), batches of 32, 5 epochs), the training run
 * with its learning curves, and the network as the JSON file the course saves a trained digit
 * network in (the learner's, written by the capstone's grade, has the same shape). The site, its
 * digit pad and `npm run train:digits` all train with this one recipe.
 *
 * Takes digit sets as loadDigits (lib/digits.ts) returns them but does not read files itself.
 */
import type { DigitSet } from './digits.ts';
import { Matrix, oneHot } from './matrix.ts';
import { Mlp } from './network.ts';
import { SGD, inverseTimeDecay } from './optim.ts';
import { createRandom } from './random.ts';
import { train, type TrainingHistory, type TrainingProgress } from './train.ts';

/** The hidden activations a saved digit network may use. */
export type DigitHiddenActivation = 'relu' | 'tanh' | 'sigmoid';

export interface DigitRecipe {
  /** Widths of the hidden layers, input side first, e.g. [64]. */
  hiddenSizes: readonly number[];
  hidden: DigitHiddenActivation;
  epochs: number;
  batchSize: number;
  /** η for epoch e (counted from 0) is initialRate / (1 + decay·e); decay 0 keeps it constant. */
  initialRate: number;
  decay: number;
  /** Seeds the initial weights and the shuffles. */
  seed: number;
}

export const DIGIT_RECIPE: DigitRecipe = { hiddenSizes: [64], hidden: 'relu', epochs: 5, batchSize: 32, initialRate: 0.5, decay: 0.5, seed: 2024 };

/** A trained digit network as the course saves it (`digits-network.json`). */
export interface DigitsNetworkFile {
  /** When it was saved, as an ISO 8601 time. */
  savedAt: string;
  /** Its accuracy on the 2,000 held-out test digits, a fraction. */
  testAccuracy: number;
  hiddenActivation: DigitHiddenActivation;
  /** Input to output: W of shape n_l × n_{l−1} (rows of numbers), b of shape n_l × 1 (one-number rows). */
  layers: { W: number[][]; b: number[][] }[];
}

/** The images of a set as the columns of a (784 × count) matrix, the course's convention. */
export function digitColumns(set: DigitSet): Matrix {
  const pixels = set.images.length / set.count;
  const x = new Matrix(pixels, set.count);
  for (let j = 0; j < set.count; j++) for (let k = 0; k < pixels; k++) x.data[k * set.count + j] = set.images[j * pixels + k];
  return x;
}

/** The first `count` digits of a set, and the rest (the sets are shuffled, so both are fair samples). */
export function splitDigits(set: DigitSet, count: number): [DigitSet, DigitSet] {
  const pixels = set.images.length / set.count;
  const part = (from: number, to: number): DigitSet => ({
    images: set.images.slice(from * pixels, to * pixels),
    labels: set.labels.slice(from, to),
    count: to - from,
  });
  return [part(0, count), part(count, set.count)];
}

export interface DigitTrainingOptions {
  recipe?: DigitRecipe;
  /** Measured after every epoch: the validation curves. */
  validation?: DigitSet;
  onProgress?: (progress: TrainingProgress) => void;
}

export interface DigitTraining {
  net: Mlp;
  history: TrainingHistory;
  /** The training cost of every batch, in order (the noisy curve that the per-epoch means smooth). */
  batchLosses: number[];
  /** Wall-clock seconds spent training. */
  seconds: number;
}

/** Trains a fresh network on `set` with the recipe (DIGIT_RECIPE by default). */
export function trainDigitNetwork(set: DigitSet, options: DigitTrainingOptions = {}): DigitTraining {
  const recipe = options.recipe ?? DIGIT_RECIPE;
  const random = createRandom(recipe.seed);
  const net = new Mlp({ sizes: [set.images.length / set.count, ...recipe.hiddenSizes, 10], hidden: recipe.hidden, output: 'softmax', random });
  const batchLosses: number[] = [];
  const validation = options.validation && { x: digitColumns(options.validation), y: oneHot(options.validation.labels, 10) };
  const started = performance.now();
  const history = train(net, { x: digitColumns(set), y: oneHot(set.labels, 10) }, {
    epochs: recipe.epochs,
    batchSize: recipe.batchSize,
    random,
    optimizer: new SGD(recipe.initialRate),
    schedule: (epoch) => inverseTimeDecay(recipe.initialRate, recipe.decay, epoch),
    validation,
    onProgress: (progress) => {
      batchLosses.push(progress.loss);
      options.onProgress?.(progress);
    },
  });
  return { net, history, batchLosses, seconds: (performance.now() - started) / 1000 };
}

/** The network's probabilities for every digit of a set: row j holds digit j's ten probabilities. */
export function digitProbabilities(net: Mlp, set: DigitSet): number[][] {
  const output = net.run(digitColumns(set), false);
  return Array.from({ length: set.count }, (_, j) => Array.from({ length: 10 }, (_, k) => output.data[k * set.count + j]));
}

/** The index of the largest of each row (the first one on a tie). */
export function mostLikely(probabilities: readonly (readonly number[])[]): number[] {
  return probabilities.map((row) => row.reduce((best, p, k) => (p > row[best] ? k : best), 0));
}

/** counts[t][p]: how many digits that are truly t were predicted p (rows: the truth). */
export function confusionCounts(predicted: readonly number[], labels: ArrayLike<number>, classes = 10): number[][] {
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let j = 0; j < predicted.length; j++) counts[labels[j]][predicted[j]]++;
  return counts;
}

/** The network as the course saves it, with its test accuracy and the time it was saved. */
export function digitsNetworkFile(net: Mlp, testAccuracy: number, savedAt = new Date()): DigitsNetworkFile {
  const hidden = net.hidden[0] ?? 'relu';
  if (!net.hidden.every((h) => h === hidden) || !['relu', 'tanh', 'sigmoid'].includes(hidden) || net.output !== 'softmax') {
    throw new RangeError(`digitsNetworkFile: a saved digit network has one hidden activation (relu, tanh or sigmoid) and a softmax output, got [${net.hidden.join(', ')}] and ${net.output}`);
  }
  return {
    savedAt: savedAt.toISOString(),
    testAccuracy,
    hiddenActivation: hidden as DigitHiddenActivation,
    layers: net.dense.map((d) => ({ W: d.weight.value.toArray(), b: Array.from(d.bias.value.data, (v) => [v]) })),
  };
}

/**
 * What is wrong with a value read as a digit network file, or undefined when it has the shape:
 * layers chained from 784 inputs to 10 outputs, every number finite.
 */
export function digitsNetworkFileProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'it is not an object';
  const file = value as Partial<DigitsNetworkFile>;
  if (typeof file.savedAt !== 'string' || Number.isNaN(Date.parse(file.savedAt))) return 'savedAt is not an ISO time';
  if (typeof file.testAccuracy !== 'number' || !(file.testAccuracy >= 0 && file.testAccuracy <= 1)) return 'testAccuracy is not a fraction';
  if (!['relu', 'tanh', 'sigmoid'].includes(file.hiddenActivation as string)) return 'hiddenActivation is not relu, tanh or sigmoid';
  if (!Array.isArray(file.layers) || file.layers.length === 0) return 'layers is not a non-empty list';
  let inputs = 784;
  for (const [l, layer] of file.layers.entries()) {
    const { W, b } = (layer ?? {}) as Partial<DigitsNetworkFile['layers'][number]>;
    const rows = Array.isArray(W) ? W.length : 0;
    if (rows === 0 || !W!.every((row) => Array.isArray(row) && row.length === inputs && row.every(Number.isFinite))) {
      return `layer ${l + 1}'s W is not ${rows || 'n'} × ${inputs} finite numbers`;
    }
    if (!Array.isArray(b) || b.length !== rows || !b.every((row) => Array.isArray(row) && row.length === 1 && Number.isFinite(row[0]))) {
      return `layer ${l + 1}'s b is not ${rows} × 1 finite numbers`;
    }
    inputs = rows;
  }
  if (inputs !== 10) return `the last layer has ${inputs} outputs, not 10`;
  return undefined;
}

/** The network a saved file describes, as an Mlp of lib/ (to score it, or to draw what it does). */
export function digitNetworkFromFile(file: DigitsNetworkFile): Mlp {
  const sizes = [file.layers[0].W[0].length, ...file.layers.map((layer) => layer.W.length)];
  return Mlp.fromJSON({
    sizes,
    hidden: Array(sizes.length - 2).fill(file.hiddenActivation),
    output: 'softmax',
    dropout: 0,
    weights: file.layers.map((layer) => layer.W),
    biases: file.layers.map((layer) => layer.b.map((row) => row[0])),
  });
}
