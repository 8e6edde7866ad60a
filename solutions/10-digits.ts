/**
 * Chapter 10: Reading handwritten digits. Worked solutions.
 * Page: docs/10-digits.md
 *
 * Nothing new is computed here: the training loop is chapter 8's trainMlp with a learning rate per
 * epoch, a choice of optimiser and a report after every epoch, and prediction is chapter 6's
 * forward pass read column by column. What is new is the data: 8,000 real digits.
 */
import { type Activation, type Layer, type Matrix, forwardPropagation, initializeParameters } from './06-forward-propagation.ts';
import { type LayerGradients, backwardPropagation } from './07-backpropagation.ts';
import { type AdamState, adamUpdate, categoricalCrossEntropy, decayedLearningRate, miniBatches, momentumUpdate, sgdUpdate } from './08-training.ts';
// The types are the stub's own, so this solution keeps to exactly the contract the learner is given.
import type { DigitModel, DigitTrainingOptions, EpochReport, HiddenActivation, Optimiser } from '../exercises/10-digits.ts';
export type { DigitModel, DigitTrainingOptions, EpochReport, HiddenActivation, Optimiser };

const optimisers: readonly Optimiser[] = ['sgd', 'momentum', 'adam'];
const hiddenActivations: readonly HiddenActivation[] = ['relu', 'sigmoid', 'tanh'];

/**
 * Each optimiser's own default step: momentum's velocity adds up about 1/(1 − β) = 10 gradients,
 * so a tenth of SGD's rate moves as far; Adam's steps are about η per entry whatever the gradient.
 */
const defaultRates: Record<Optimiser, number> = { sgd: 0.5, momentum: 0.05, adam: 0.001 };

/** The row of the largest entry of column j (the first of equal ones). */
function argmaxOfColumn(A: Matrix, j: number): number {
  let best = 0;
  for (let i = 1; i < A.length; i++) if (A[i][j] > A[best][j]) best = i;
  return best;
}

/** Zeros of the shapes of every W and b: the velocities, and Adam's running means, before the first step. */
const zerosLike = (layers: Layer[]): LayerGradients[] =>
  layers.map(({ W, b }) => ({ dW: W.map((row) => row.map(() => 0)), db: b.map((row) => row.map(() => 0)) }));

export function trainDigitClassifier(X: Matrix, Y: Matrix, options: DigitTrainingOptions = {}): DigitModel {
  const { hiddenSizes = [64], activation = 'relu', optimiser = 'sgd', decay = 0.5, momentum = 0.9, epochs = 5, batchSize = 32, seed = 1, onEpoch } = options;
  if (!optimisers.includes(optimiser)) throw new Error(`trainDigitClassifier: unknown optimiser "${optimiser}"; expected 'sgd', 'momentum' or 'adam'`);
  if (!hiddenActivations.includes(activation)) throw new Error(`trainDigitClassifier: unknown activation "${activation}"; expected 'relu', 'sigmoid' or 'tanh'`);
  const learningRate = options.learningRate ?? defaultRates[optimiser];
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`trainDigitClassifier expected a learning rate that is a finite number greater than 0, got ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`trainDigitClassifier expected a whole number of epochs, 1 or more, got ${epochs}`);
  for (const size of hiddenSizes) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`trainDigitClassifier expected hidden sizes that are whole numbers, 1 or more, got ${size}`);
  }

  const sizes = [X.length, ...hiddenSizes, Y.length];
  const activations: Activation[] = [...hiddenSizes.map(() => activation), 'softmax'];
  let layers = initializeParameters(sizes, seed);
  // The optimisers' memories live across batches AND epochs: starting them afresh every epoch
  // would throw away momentum's speed and reset Adam's bias correction.
  let velocities = zerosLike(layers);
  let adam: AdamState = { t: 0, m: zerosLike(layers), v: zerosLike(layers) };
  const started = Date.now();

  for (let epoch = 1; epoch <= epochs; epoch++) {
    // Epochs count from 0 in decayedLearningRate, so the first one trains at the full rate.
    const rate = decayedLearningRate(learningRate, decay, epoch - 1);
    let lossSum = 0;
    let right = 0;
    let seen = 0;
    for (const batch of miniBatches(X, Y, batchSize, seed + epoch)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, activations);
      // The progress figures come free with the forward pass the update needs anyway: no extra
      // pass over 8,000 digits per epoch.
      const m = batch.X[0].length;
      lossSum += categoricalCrossEntropy(AL, batch.Y) * m;
      for (let j = 0; j < m; j++) if (argmaxOfColumn(AL, j) === argmaxOfColumn(batch.Y, j)) right++;
      seen += m;
      const grads = backwardPropagation(AL, batch.Y, caches);
      if (optimiser === 'sgd') layers = sgdUpdate(layers, grads, rate);
      else if (optimiser === 'momentum') ({ layers, velocities } = momentumUpdate(layers, grads, velocities, rate, momentum));
      else ({ layers, state: adam } = adamUpdate(layers, grads, adam, rate));
    }
    onEpoch?.({ epoch, epochs, loss: lossSum / seen, trainingAccuracy: right / seen, learningRate: rate, elapsedMs: Date.now() - started });
  }
  return { layers, hiddenActivation: activation };
}

export function predictDigits(model: DigitModel, X: Matrix): number[] {
  if (!model || !Array.isArray(model.layers) || model.layers.length === 0) throw new Error('predictDigits expected a model with at least one layer, got none');
  const activations: Activation[] = [...model.layers.slice(1).map(() => model.hiddenActivation), 'softmax'];
  const { AL } = forwardPropagation(X, model.layers, activations);
  // One answer per EXAMPLE, and examples are columns: the largest row of each column. (The
  // largest column of each row would answer, for each digit, which example looks most like it.)
  return AL[0].map((_, j) => argmaxOfColumn(AL, j));
}

export function accuracy(predicted: number[], labels: number[]): number {
  if (predicted.length !== labels.length) throw new Error(`accuracy: ${predicted.length} predictions but ${labels.length} labels`);
  if (predicted.length === 0) throw new Error('accuracy: no predictions and no labels, and the fraction of nothing is 0/0');
  const right = predicted.filter((p, i) => p === labels[i]).length;
  // A fraction, not a count: it can be compared across test sets of any size.
  return right / predicted.length;
}

/** Throws unless every entry is a digit, naming the first that is not. */
function checkDigits(what: string, values: number[]): void {
  values.forEach((v, i) => {
    if (!Number.isInteger(v) || v < 0 || v > 9) throw new Error(`confusionMatrix: ${what}[${i}] is ${v}, not a whole number from 0 to 9`);
  });
}

export function confusionMatrix(predicted: number[], labels: number[]): number[][] {
  if (predicted.length !== labels.length) throw new Error(`confusionMatrix: ${predicted.length} predictions but ${labels.length} labels`);
  checkDigits('predicted', predicted);
  checkDigits('labels', labels);
  const counts = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
  // Row = the truth, column = the answer: row t then shows where the t's went.
  predicted.forEach((p, i) => counts[labels[i]][p]++);
  return counts;
}
