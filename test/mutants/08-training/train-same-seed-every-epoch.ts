// Mutant (beginner): every epoch shuffles with the same seed, so every epoch sees the same batches.
import { initializeParameters } from '../../../solutions/06-forward-propagation.ts';
import { miniBatches, type trainMlp as right } from '../../../solutions/08-training.ts';
import { trainFrom } from './shared/train-from.ts';
export * from '../../../solutions/08-training.ts';

export const trainMlp: typeof right = (X, Y, options) =>
  trainFrom(X, Y, options, initializeParameters(options.sizes, options.seed), () => miniBatches(X, Y, options.batchSize, options.seed));
