// Mutant: each slot draws a random column (sampling with replacement), so some examples come twice and others never.
import { createRandom } from '../../../lib/random.ts';
export * from '../../../solutions/08-training.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
export function miniBatches(X: Matrix, Y: Matrix, batchSize: number, seed: number) {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`bad batch size ${batchSize}`);
  if (X[0].length !== Y[0].length) throw new Error(`${X[0].length} and ${Y[0].length} examples`);
  const m = X[0].length;
  const random = createRandom(seed);
  const out = [];
  for (let start = 0; start < m; start += batchSize) {
    const idx = Array.from({ length: Math.min(batchSize, m - start) }, () => random.int(0, m - 1));
    out.push({ X: X.map((row) => idx.map((j) => row[j])), Y: Y.map((row) => idx.map((j) => row[j])) });
  }
  return out;
}
