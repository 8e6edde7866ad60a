// Mutant: epochs counted from 1, so epoch 0 already trains at a decayed rate.
export * from '../../../solutions/08-training.ts';
export function decayedLearningRate(initial: number, decay: number, epoch: number): number {
  if (!Number.isFinite(decay) || decay < 0) throw new Error(`bad decay ${decay}`);
  if (!Number.isInteger(epoch) || epoch < 0) throw new Error(`bad epoch ${epoch}`);
  return initial / (1 + decay * (epoch + 1));
}
