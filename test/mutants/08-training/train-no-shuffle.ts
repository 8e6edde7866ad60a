// Mutant: no shuffle, the batches are consecutive columns in their original order every epoch.
import { categoricalCrossEntropy, sgdUpdate, type TrainMlpOptions } from '../../../solutions/08-training.ts';
import { type Activation, forwardPropagation, initializeParameters } from '../../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export * from '../../../solutions/08-training.ts';
export function trainMlp(X: Matrix, Y: Matrix, options: TrainMlpOptions) {
  const { sizes, hiddenActivation, learningRate, epochs, batchSize, seed } = options;
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`bad learning rate ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`bad epochs ${epochs}`);
  if (sizes[0] !== X.length || sizes[sizes.length - 1] !== Y.length) throw new Error(`sizes ${sizes[0]}, ${sizes[sizes.length - 1]} vs ${X.length}, ${Y.length}`);
  let layers = initializeParameters(sizes, seed);
  const activations: Activation[] = [...Array<Activation>(sizes.length - 2).fill(hiddenActivation), 'softmax'];
  const cost = () => categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y);
  const costs = [cost()];
  for (let k = 1; k <= epochs; k++) {
    const m = X[0].length;
    for (let start = 0; start < m; start += batchSize) {
      const batch = { X: X.map((row) => row.slice(start, start + batchSize)), Y: Y.map((row) => row.slice(start, start + batchSize)) };
      const { AL, caches } = forwardPropagation(batch.X, layers, activations);
      layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), learningRate);
    }
    costs.push(cost());
  }
  return { layers, costs };
}
