// Beginner: keepProb checked with `keepProb <= 0 || keepProb > 1`, which NaN passes.
export * from '../../../solutions/09-deep-networks.ts';
import { dropoutBackward as right } from '../../../solutions/09-deep-networks.ts';
export function dropoutBackward(dA: number[][], mask: number[][], keepProb: number): number[][] {
  if (keepProb <= 0 || keepProb > 1) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  return Number.isNaN(keepProb) ? dA.map((row, i) => row.map((g, j) => (g * mask[i][j]) / keepProb)) : right(dA, mask, keepProb);
}
