// Mutant: no shuffle, the batches are consecutive columns in their original order every epoch.
import { initializeParameters } from '../../../solutions/06-forward-propagation.ts';
import type { trainMlp as right } from '../../../solutions/08-training.ts';
import { trainFrom } from './shared/train-from.ts';
export * from '../../../solutions/08-training.ts';

export const trainMlp: typeof right = (X, Y, options) => {
  const { sizes, batchSize, seed } = options;
  const cut = (M: number[][], k: number) => M.map((row) => row.slice(k * batchSize, (k + 1) * batchSize));
  const inOrder = Array.from({ length: Math.ceil(X[0].length / batchSize) }, (_, k) => ({ X: cut(X, k), Y: cut(Y, k) }));
  return trainFrom(X, Y, options, initializeParameters(sizes, seed), () => inOrder);
};
