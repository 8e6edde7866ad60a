// The solution's training loop with one knob per mistake, so that each trainDigitClassifier mutant
// is its one wrong line and nothing else.
import { type Activation, type Matrix, forwardPropagation, initializeParameters } from '../../../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../../../solutions/07-backpropagation.ts';
import { type AdamState, adamUpdate, categoricalCrossEntropy, decayedLearningRate, miniBatches, momentumUpdate, sgdUpdate } from '../../../../solutions/08-training.ts';
import type { DigitModel, DigitTrainingOptions } from '../../../../solutions/10-digits.ts';

export interface Mistakes {
  /** The learning rate of epoch k (from 1), given the initial one and the decay. */
  rate?: (initial: number, decay: number, k: number) => number;
  /** The batches of epoch k. */
  batches?: (X: Matrix, Y: Matrix, batchSize: number, seed: number, k: number) => { X: Matrix; Y: Matrix }[];
  /** The optimiser's memory is created again at the start of every epoch. */
  resetEveryEpoch?: boolean;
  /** The seed actually used, given the one asked for. */
  seed?: (given: number) => number;
  /** What onEpoch is told as the training accuracy, given the count right and the count seen. */
  reportedAccuracy?: (right: number, seen: number) => number;
  /** What onEpoch is told as the loss, given the summed batch losses, the last batch's loss and the count seen. */
  reportedLoss?: (sum: number, last: number, seen: number) => number;
  /** The default learning rate of SGD. */
  sgdRate?: number;
  /** One default learning rate, whatever the optimiser. */
  oneDefaultRate?: number;
  /** Defaults written into the caller's options object. */
  writeDefaults?: boolean;
}

const argmax = (A: Matrix, j: number) => {
  let best = 0;
  for (let i = 1; i < A.length; i++) if (A[i][j] > A[best][j]) best = i;
  return best;
};

export function trainWith(mistakes: Mistakes, X: Matrix, Y: Matrix, options: DigitTrainingOptions = {}): DigitModel {
  if (mistakes.writeDefaults) {
    options.learningRate ??= 0.5;
    options.epochs ??= 5;
  }
  const { hiddenSizes = [64], activation = 'relu', optimiser = 'sgd', decay = 0.5, momentum = 0.9, epochs = 5, batchSize = 32, onEpoch } = options;
  const seed = (mistakes.seed ?? ((s) => s))(options.seed ?? 1);
  const learningRate = options.learningRate ?? mistakes.oneDefaultRate ?? (optimiser === 'sgd' ? (mistakes.sgdRate ?? 0.5) : optimiser === 'momentum' ? 0.05 : 0.001);
  if (!['sgd', 'momentum', 'adam'].includes(optimiser)) throw new Error(`unknown optimiser ${optimiser}`);
  if (!['relu', 'sigmoid', 'tanh'].includes(activation)) throw new Error(`unknown activation ${activation}`);
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`bad learning rate ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`bad epochs ${epochs}`);
  if (hiddenSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad hidden size in ${hiddenSizes}`);
  const sizes = [X.length, ...hiddenSizes, Y.length];
  const activations: Activation[] = [...hiddenSizes.map(() => activation), 'softmax'];
  let layers = initializeParameters(sizes, seed);
  const zeros = () => layers.map(({ W, b }) => ({ dW: W.map((r) => r.map(() => 0)), db: b.map((r) => r.map(() => 0)) }));
  let velocities = zeros();
  let adam: AdamState = { t: 0, m: zeros(), v: zeros() };
  const started = Date.now();
  for (let k = 1; k <= epochs; k++) {
    if (mistakes.resetEveryEpoch) {
      velocities = zeros();
      adam = { t: 0, m: zeros(), v: zeros() };
    }
    const rate = (mistakes.rate ?? ((initial, d, epoch) => decayedLearningRate(initial, d, epoch - 1)))(learningRate, decay, k);
    let sum = 0;
    let last = 0;
    let right = 0;
    let seen = 0;
    for (const batch of (mistakes.batches ?? ((x, y, size, s, epoch) => miniBatches(x, y, size, s + epoch)))(X, Y, batchSize, seed, k)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, activations);
      const m = batch.X[0].length;
      last = categoricalCrossEntropy(AL, batch.Y);
      sum += last * m;
      for (let j = 0; j < m; j++) if (argmax(AL, j) === argmax(batch.Y, j)) right++;
      seen += m;
      const grads = backwardPropagation(AL, batch.Y, caches);
      if (optimiser === 'sgd') layers = sgdUpdate(layers, grads, rate);
      else if (optimiser === 'momentum') ({ layers, velocities } = momentumUpdate(layers, grads, velocities, rate, momentum));
      else ({ layers, state: adam } = adamUpdate(layers, grads, adam, rate));
    }
    const loss = (mistakes.reportedLoss ?? ((s, _l, n) => s / n))(sum, last, seen);
    const trainingAccuracy = (mistakes.reportedAccuracy ?? ((r, n) => r / n))(right, seen);
    onEpoch?.({ epoch: k, epochs, loss, trainingAccuracy, learningRate: rate, elapsedMs: Date.now() - started });
  }
  return { layers, hiddenActivation: activation };
}
