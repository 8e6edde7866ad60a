// Mutant (beginner): Math.round, right whenever at least half a batch is left over.
export * from '../../../solutions/08-training.ts';
export function iterationsPerEpoch(count: number, batchSize: number): number {
  if (!Number.isInteger(count) || count < 0) throw new Error(`bad count ${count}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`bad batch size ${batchSize}`);
  return Math.round(count / batchSize);
}
