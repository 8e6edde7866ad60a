/**
 * The solution's autoencoder loop with one step open to a mistake, so that each trainAutoencoder
 * mutant holds only its mistake. Without a mistake it is the solution's loop (checks left out).
 */
import { type Activation, type Layer, type Matrix, forwardPropagation, initializeParameters } from '../../../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../../../solutions/07-backpropagation.ts';
import { meanSquaredError, miniBatches, sgdUpdate } from '../../../../solutions/08-training.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../../solutions/11-beyond.ts';

export interface Mistake {
  /** The middle layer's width (default: options.bottleneck). */
  middle?: (n: number, options: AutoencoderOptions) => number;
  /** The output activation (default 'sigmoid'). */
  output?: Activation;
  /** The targets of each batch (default: the inputs). */
  targets?: (X: Matrix) => Matrix;
  /** Whether to update the layers at all (default true). */
  update?: boolean;
}

export function autoencoderLoop(X: Matrix, options: AutoencoderOptions, mistake: Mistake = {}): AutoencoderResult {
  const { hiddenActivation, learningRate, epochs, batchSize, seed } = options;
  const n = X.length;
  const middle = mistake.middle ? mistake.middle(n, options) : options.bottleneck;
  let layers: Layer[] = initializeParameters([n, middle, n], seed);
  const activations: Activation[] = [hiddenActivation, mistake.output ?? 'sigmoid'];
  const cost = () => meanSquaredError(forwardPropagation(X, layers, activations).AL, X);
  const costs = [cost()];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const batch of miniBatches(X, mistake.targets ? mistake.targets(X) : X, batchSize, seed + epoch)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, activations);
      if (mistake.update !== false) layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), learningRate);
    }
    costs.push(cost());
  }
  return { layers, costs };
}
