// Mutant (beginner): epochs counted from 0, so epoch k shuffles with seed + k − 1.
import { initializeParameters } from '../../../solutions/06-forward-propagation.ts';
import { miniBatches, type trainMlp as right } from '../../../solutions/08-training.ts';
import { trainFrom } from './shared/train-from.ts';
export * from '../../../solutions/08-training.ts';

export const trainMlp: typeof right = (X, Y, options) =>
  trainFrom(X, Y, options, initializeParameters(options.sizes, options.seed), (epoch) => miniBatches(X, Y, options.batchSize, options.seed + epoch - 1));
