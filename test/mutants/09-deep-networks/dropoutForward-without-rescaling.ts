// Mutant: dropout that zeroes units but does not rescale the kept ones (A ⊙ mask), so each
// output's expected value is keepProb times its input's.
export * from '../../../solutions/09-deep-networks.ts';
import { createRandom } from '../../../lib/random.ts';
import type { DropoutResult } from '../../../solutions/09-deep-networks.ts';
export function dropoutForward(A: number[][], keepProb: number, seed: number): DropoutResult {
  if (!(keepProb > 0 && keepProb <= 1)) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  const random = createRandom(seed);
  const mask = A.map((row) => row.map(() => (random.next() < keepProb ? 1 : 0)));
  return { A: A.map((row, i) => row.map((a, j) => a * mask[i][j])), mask };
}
