// Mutant: the kept values multiplied by keepProb (the original dropout's test-time scaling,
// applied while training).
export * from '../../../solutions/09-deep-networks.ts';
import { createRandom } from '../../../lib/random.ts';
import type { DropoutResult } from '../../../solutions/09-deep-networks.ts';
export function dropoutForward(A: number[][], keepProb: number, seed: number): DropoutResult {
  if (!(keepProb > 0 && keepProb <= 1)) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  const random = createRandom(seed);
  const mask = A.map((row) => row.map(() => (random.next() < keepProb ? 1 : 0)));
  return { A: A.map((row, i) => row.map((a, j) => a * mask[i][j] * keepProb)), mask };
}
