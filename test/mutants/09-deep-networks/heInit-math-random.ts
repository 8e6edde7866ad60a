// Beginner: the right variance, drawn with Box-Muller from Math.random instead of the seeded generator.
export * from '../../../solutions/09-deep-networks.ts';
export function heInit(nIn: number, nOut: number, _seed: number): number[][] {
  if (!Number.isInteger(nIn) || nIn < 1 || !Number.isInteger(nOut) || nOut < 1) throw new Error(`sizes must be whole numbers >= 1, got ${nIn} and ${nOut}`);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
  return Array.from({ length: nOut }, () => Array.from({ length: nIn }, () => Math.sqrt(2 / nIn) * gaussian()));
}
