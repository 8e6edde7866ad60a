// Mutant: Xavier's variance 2/(nIn + nOut) instead of He's 2/nIn.
export * from '../../../solutions/09-deep-networks.ts';
import { createRandom } from '../../../lib/random.ts';
export function heInit(nIn: number, nOut: number, seed: number): number[][] {
  if (!Number.isInteger(nIn) || nIn < 1 || !Number.isInteger(nOut) || nOut < 1) throw new Error(`sizes must be whole numbers >= 1, got ${nIn} and ${nOut}`);
  const random = createRandom(seed);
  return Array.from({ length: nOut }, () => Array.from({ length: nIn }, () => Math.sqrt(2 / (nIn + nOut)) * random.gaussian()));
}
