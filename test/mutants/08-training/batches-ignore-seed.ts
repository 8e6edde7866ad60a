// Mutant: a fixed generator, createRandom(0), whatever the seed: every epoch sees the same order.
import { miniBatches as right } from '../../../solutions/08-training.ts';
export * from '../../../solutions/08-training.ts';

export const miniBatches: typeof right = (X, Y, batchSize) => right(X, Y, batchSize, 0);
