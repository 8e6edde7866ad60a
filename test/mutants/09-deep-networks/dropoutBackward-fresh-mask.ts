// Mutant: backward draws a fresh mask instead of using the one forward used.
export * from '../../../solutions/09-deep-networks.ts';
export function dropoutBackward(dA: number[][], mask: number[][], keepProb: number): number[][] {
  if (dA.length !== mask.length || dA[0].length !== mask[0].length) throw new Error(`shapes (${dA.length}×${dA[0].length}) and (${mask.length}×${mask[0].length}) differ`);
  if (!(keepProb > 0 && keepProb <= 1)) throw new Error(`keepProb must be in (0, 1], got ${keepProb}`);
  return dA.map((row) => row.map((g) => (Math.random() < keepProb ? g / keepProb : 0)));
}
