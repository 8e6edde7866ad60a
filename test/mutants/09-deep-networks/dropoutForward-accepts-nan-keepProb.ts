// Beginner: keepProb checked with `keepProb <= 0 || keepProb > 1`, which NaN passes: no draw is
// below NaN, so the mask is all zeros and every output 0 / NaN = NaN.
export * from '../../../solutions/09-deep-networks.ts';
import { dropoutForward as right } from '../../../solutions/09-deep-networks.ts';
export const dropoutForward: typeof right = (A, keepProb, seed) => {
  if (keepProb <= 0 || keepProb > 1) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  if (!Number.isNaN(keepProb)) return right(A, keepProb, seed);
  const mask = A.map((row) => row.map(() => 0));
  return { A: A.map((row) => row.map(() => NaN)), mask };
};
