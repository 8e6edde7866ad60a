// Mutant (beginner): every epoch shuffles with the same seed, so every epoch sees the same batches.
export * from '../../../solutions/11-beyond.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../solutions/11-beyond.ts';
import { type Activation, type Matrix, forwardPropagation, initializeParameters } from '../../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../../solutions/07-backpropagation.ts';
import { meanSquaredError, miniBatches, sgdUpdate } from '../../../solutions/08-training.ts';
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  const n = X.length;
  let layers = initializeParameters([n, options.bottleneck, n], options.seed);
  const acts: Activation[] = [options.hiddenActivation, 'sigmoid'];
  const costs = [meanSquaredError(forwardPropagation(X, layers, acts).AL, X)];
  for (let e = 1; e <= options.epochs; e++) {
    for (const batch of miniBatches(X, X, options.batchSize, options.seed)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, acts);
      layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), options.learningRate);
    }
    costs.push(meanSquaredError(forwardPropagation(X, layers, acts).AL, X));
  }
  return { layers, costs };
}
