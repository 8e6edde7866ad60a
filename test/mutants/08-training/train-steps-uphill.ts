// Mutant: every step of training goes up the gradient (W + η·dW), the cost rising from epoch 1.
import { initializeParameters } from '../../../solutions/06-forward-propagation.ts';
import { miniBatches, type trainMlp as right } from '../../../solutions/08-training.ts';
import { trainFrom } from './shared/train-from.ts';
export * from '../../../solutions/08-training.ts';

export const trainMlp: typeof right = (X, Y, options) => {
  const { sizes, batchSize, seed, learningRate } = options;
  return trainFrom(X, Y, options, initializeParameters(sizes, seed), (epoch) => miniBatches(X, Y, batchSize, seed + epoch), -learningRate);
};
