// Mutant (beginner): decay < 0 is checked, but NaN fails every comparison and slips through.
export * from '../../../solutions/08-training.ts';
export function decayedLearningRate(initial: number, decay: number, epoch: number): number {
  if (decay < 0) throw new Error(`bad decay ${decay}`);
  if (!Number.isInteger(epoch) || epoch < 0) throw new Error(`bad epoch ${epoch}`);
  return initial / (1 + decay * epoch);
}
