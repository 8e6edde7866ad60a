// Beginner: the shape check compares the numbers of rows only.
export * from '../../../solutions/09-deep-networks.ts';
export function dropoutBackward(dA: number[][], mask: number[][], keepProb: number): number[][] {
  if (dA.length !== mask.length) throw new Error(`dA has ${dA.length} rows but mask has ${mask.length}`);
  if (!(keepProb > 0 && keepProb <= 1)) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  return dA.map((row, i) => row.map((g, j) => (g * mask[i][j]) / keepProb));
}
