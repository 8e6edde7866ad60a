// Mutant: every weight starts at 0, so the hidden units stay identical (the symmetry is never broken).
import { categoricalCrossEntropy, miniBatches, sgdUpdate, type TrainMlpOptions } from '../../../solutions/08-training.ts';
import { type Activation, type Layer, forwardPropagation } from '../../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../../solutions/07-backpropagation.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export * from '../../../solutions/08-training.ts';
export function trainMlp(X: Matrix, Y: Matrix, options: TrainMlpOptions) {
  const { sizes, hiddenActivation, learningRate, epochs, batchSize, seed } = options;
  let layers: Layer[] = sizes.slice(1).map((n, l) => ({ W: Array.from({ length: n }, () => Array(sizes[l]).fill(0)), b: Array.from({ length: n }, () => [0]) }));
  const activations: Activation[] = [...Array<Activation>(sizes.length - 2).fill(hiddenActivation), 'softmax'];
  const cost = () => categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y);
  const costs = [cost()];
  for (let k = 1; k <= epochs; k++) {
    for (const batch of miniBatches(X, Y, batchSize, seed + k)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, activations);
      layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), learningRate);
    }
    costs.push(cost());
  }
  return { layers, costs };
}
