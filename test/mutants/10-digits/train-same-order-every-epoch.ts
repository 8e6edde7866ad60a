// Mutant: miniBatches(X, Y, batchSize, seed) in every epoch: shuffled once, the same order ever after.
import { miniBatches } from '../../../solutions/08-training.ts';
import type { trainDigitClassifier as right } from '../../../solutions/10-digits.ts';
import { trainWith } from './shared/train-with.ts';
export * from '../../../solutions/10-digits.ts';

export const trainDigitClassifier: typeof right = (X, Y, options) => trainWith({ batches: (x, y, size, seed) => miniBatches(x, y, size, seed) }, X, Y, options);
