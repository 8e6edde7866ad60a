// Beginner: each run of the shuffled order sorted before its columns are taken, as if a batch were a set.
import { createRandom } from '../../../lib/random.ts';
import { iterationsPerEpoch, miniBatches as right } from '../../../solutions/08-training.ts';
export * from '../../../solutions/08-training.ts';

export const miniBatches: typeof right = (X, Y, batchSize, seed) => {
  right(X, Y, batchSize, seed); // the solution's checks of the arguments
  const m = X[0].length;
  const order = createRandom(seed).shuffle(Array.from({ length: m }, (_, j) => j));
  return Array.from({ length: iterationsPerEpoch(m, batchSize) }, (_, k) => {
    const run = order.slice(k * batchSize, (k + 1) * batchSize).sort((p, q) => p - q);
    return { X: X.map((row) => run.map((j) => row[j])), Y: Y.map((row) => run.map((j) => row[j])) };
  });
};
