/**
 * trainMlp's loop for the mutants that get its start or its batches wrong: from `layers`, epoch
 * k = 1 … epochs runs forward, backward and sgdUpdate on each of batchesOf(k) in turn, and the
 * cost on all of X is recorded before training and after each epoch. The solution checks the
 * options, on a run of 0 epochs (an epochs it must refuse is passed on as it is). `stepRate` is the
 * learning rate sgdUpdate is given (the options' own, unless a mutant steps otherwise).
 */
import { backwardPropagation } from '../../../../solutions/07-backpropagation.ts';
import { type Activation, type Layer, type Matrix, forwardPropagation } from '../../../../solutions/06-forward-propagation.ts';
import { type TrainMlpOptions, type TrainMlpResult, categoricalCrossEntropy, sgdUpdate, trainMlp as right } from '../../../../solutions/08-training.ts';

export type Batch = { X: Matrix; Y: Matrix };

export function trainFrom(X: Matrix, Y: Matrix, options: TrainMlpOptions, layers: Layer[], batchesOf: (epoch: number) => Batch[], stepRate = options.learningRate): TrainMlpResult {
  const { sizes, hiddenActivation, epochs } = options;
  right(X, Y, { ...options, epochs: Number.isInteger(epochs) && epochs >= 0 ? 0 : epochs });
  const activations: Activation[] = [...Array<Activation>(sizes.length - 2).fill(hiddenActivation), 'softmax'];
  const costOf = (now: Layer[]) => categoricalCrossEntropy(forwardPropagation(X, now, activations).AL, Y);
  const step = (now: Layer[], batch: Batch) => {
    const { AL, caches } = forwardPropagation(batch.X, now, activations);
    return sgdUpdate(now, backwardPropagation(AL, batch.Y, caches), stepRate);
  };
  const costs = [costOf(layers)];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    layers = batchesOf(epoch).reduce(step, layers);
    costs.push(costOf(layers));
  }
  return { layers, costs };
}
