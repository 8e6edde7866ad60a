// Beginner: scales A in place and returns it, so the caller's activations are changed.
export * from '../../../solutions/09-deep-networks.ts';
import { createRandom } from '../../../lib/random.ts';
import type { DropoutResult } from '../../../solutions/09-deep-networks.ts';
export function dropoutForward(A: number[][], keepProb: number, seed: number): DropoutResult {
  if (!(keepProb > 0 && keepProb <= 1)) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  const random = createRandom(seed);
  const mask = A.map((row) => row.map(() => (random.next() < keepProb ? 1 : 0)));
  for (let i = 0; i < A.length; i++) for (let j = 0; j < A[i].length; j++) A[i][j] = (A[i][j] * mask[i][j]) / keepProb;
  return { A, mask };
}
