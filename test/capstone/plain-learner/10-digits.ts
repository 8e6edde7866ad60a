// A correct chapter 10 as a beginner writes it, on the plain chapters 6 to 8 beside it.
import { type Layer, type Matrix, forwardPropagation, initializeParameters } from './06-forward-propagation.ts';
import { backwardPropagation } from './07-backpropagation.ts';
import { type AdamState, adamUpdate, categoricalCrossEntropy, decayedLearningRate, miniBatches, momentumUpdate, sgdUpdate } from './08-training.ts';
import type { DigitModel, DigitTrainingOptions } from '../../../exercises/10-digits.ts';

const bestRow = (A: Matrix, j: number) => A.reduce((best, row, i) => (row[j] > A[best][j] ? i : best), 0);
const zerosLike = (layers: Layer[]) => layers.map((layer) => ({ dW: layer.W.map((row) => row.map(() => 0)), db: layer.b.map((row) => row.map(() => 0)) }));

export function trainDigitClassifier(X: Matrix, Y: Matrix, options: DigitTrainingOptions = {}): DigitModel {
  const { hiddenSizes = [64], activation = 'relu', optimiser = 'sgd', decay = 0.5, momentum = 0.9, epochs = 5, batchSize = 32, seed = 1, onEpoch } = options;
  const learningRate = options.learningRate ?? { sgd: 0.5, momentum: 0.05, adam: 0.001 }[optimiser];
  if (!['sgd', 'momentum', 'adam'].includes(optimiser)) throw new Error(`unknown optimiser ${optimiser}`);
  if (!['relu', 'sigmoid', 'tanh'].includes(activation)) throw new Error(`unknown activation ${activation}`);
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new Error(`the learning rate must be above 0, got ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`epochs must be a whole number, 1 or more, got ${epochs}`);
  if (hiddenSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad hidden sizes ${hiddenSizes}`);
  const activations = [...hiddenSizes.map(() => activation), 'softmax' as const];
  let layers = initializeParameters([X.length, ...hiddenSizes, Y.length], seed);
  let velocities = zerosLike(layers);
  let adam: AdamState = { t: 0, m: zerosLike(layers), v: zerosLike(layers) };
  const started = Date.now();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const rate = decayedLearningRate(learningRate, decay, epoch - 1);
    let loss = 0;
    let right = 0;
    for (const batch of miniBatches(X, Y, batchSize, seed + epoch)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, activations);
      loss += categoricalCrossEntropy(AL, batch.Y) * batch.X[0].length;
      right += AL[0].filter((_, j) => bestRow(AL, j) === bestRow(batch.Y, j)).length;
      const grads = backwardPropagation(AL, batch.Y, caches);
      if (optimiser === 'sgd') layers = sgdUpdate(layers, grads, rate);
      else if (optimiser === 'momentum') ({ layers, velocities } = momentumUpdate(layers, grads, velocities, rate, momentum));
      else ({ layers, state: adam } = adamUpdate(layers, grads, adam, rate));
    }
    onEpoch?.({ epoch, epochs, loss: loss / X[0].length, trainingAccuracy: right / X[0].length, learningRate: rate, elapsedMs: Date.now() - started });
  }
  return { layers, hiddenActivation: activation };
}

export function predictDigits(model: DigitModel, X: Matrix): number[] {
  if (model.layers.length === 0) throw new Error('predictDigits: the model has no layers');
  const { AL } = forwardPropagation(X, model.layers, [...model.layers.slice(1).map(() => model.hiddenActivation), 'softmax']);
  return AL[0].map((_, j) => bestRow(AL, j));
}

export function accuracy(predicted: number[], labels: number[]): number {
  if (predicted.length !== labels.length) throw new Error(`${predicted.length} predictions but ${labels.length} labels`);
  if (predicted.length === 0) throw new Error('nothing to count');
  return predicted.filter((p, i) => p === labels[i]).length / predicted.length;
}

export function confusionMatrix(predicted: number[], labels: number[]): number[][] {
  if (predicted.length !== labels.length) throw new Error(`${predicted.length} predictions but ${labels.length} labels`);
  for (const v of [...predicted, ...labels]) if (!Number.isInteger(v) || v < 0 || v > 9) throw new Error(`${v} is not a digit from 0 to 9`);
  const counts = Array.from({ length: 10 }, () => Array<number>(10).fill(0));
  predicted.forEach((p, i) => counts[labels[i]][p]++);
  return counts;
}
