// Mutant (beginner): one step per epoch on all of X and Y, batchSize ignored.
import { initializeParameters } from '../../../solutions/06-forward-propagation.ts';
import type { trainMlp as right } from '../../../solutions/08-training.ts';
import { trainFrom } from './shared/train-from.ts';
export * from '../../../solutions/08-training.ts';

export const trainMlp: typeof right = (X, Y, options) => trainFrom(X, Y, options, initializeParameters(options.sizes, options.seed), () => [{ X, Y }]);
