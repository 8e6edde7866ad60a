// Beginner: one row per input and one column per unit, (nIn × nOut).
export * from '../../../solutions/09-deep-networks.ts';
import { createRandom } from '../../../lib/random.ts';
export function heInit(nIn: number, nOut: number, seed: number): number[][] {
  if (!Number.isInteger(nIn) || nIn < 1 || !Number.isInteger(nOut) || nOut < 1) throw new Error(`sizes must be whole numbers >= 1, got ${nIn} and ${nOut}`);
  const random = createRandom(seed);
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => Math.sqrt(2 / nIn) * random.gaussian()));
}
