// Mutant (beginner): X's columns are shuffled, but Y is cut in its original order, so inputs and targets come apart.
import { miniBatches as right } from '../../../solutions/08-training.ts';
export * from '../../../solutions/08-training.ts';

export const miniBatches: typeof right = (X, Y, batchSize, seed) =>
  right(X, Y, batchSize, seed).map((batch, k) => ({ ...batch, Y: Y.map((row) => row.slice(k * batchSize, (k + 1) * batchSize)) }));
