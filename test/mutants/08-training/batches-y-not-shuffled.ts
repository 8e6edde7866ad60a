// Mutant (beginner): X's columns are shuffled, but Y is cut in its original order, so inputs and targets come apart.
import { createRandom } from '../../../lib/random.ts';
export * from '../../../solutions/08-training.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function miniBatches(X: Matrix, Y: Matrix, batchSize: number, seed: number) {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`bad batch size ${batchSize}`);
  if (X[0].length !== Y[0].length) throw new Error(`${X[0].length} and ${Y[0].length} examples`);
  const m = X[0].length;
  const order = createRandom(seed).shuffle(Array.from({ length: m }, (_, j) => j));
  const out = [];
  for (let k = 0; k * batchSize < m; k++) {
    const idx = order.slice(k * batchSize, (k + 1) * batchSize);
    out.push({ X: X.map((row) => idx.map((j) => row[j])), Y: Y.map((row) => row.slice(k * batchSize, (k + 1) * batchSize)) });
  }
  return out;
}
