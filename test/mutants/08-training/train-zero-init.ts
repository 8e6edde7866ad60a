// Mutant: every weight starts at 0, so the hidden units stay identical (the symmetry is never broken).
import { miniBatches, type trainMlp as right } from '../../../solutions/08-training.ts';
import { trainFrom } from './shared/train-from.ts';
export * from '../../../solutions/08-training.ts';

export const trainMlp: typeof right = (X, Y, options) => {
  const { sizes, batchSize, seed } = options;
  const zeros = sizes.slice(1).map((n, l) => ({ W: Array.from({ length: n }, () => Array<number>(sizes[l]).fill(0)), b: Array.from({ length: n }, () => [0]) }));
  return trainFrom(X, Y, options, zeros, (epoch) => miniBatches(X, Y, batchSize, seed + epoch));
};
