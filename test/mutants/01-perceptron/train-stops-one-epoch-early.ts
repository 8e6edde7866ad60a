// Beginner mutant: an off-by-one limit, so a run that does not converge stops after
// maxEpochs - 1 epochs.
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({}, xs, ys, { ...options, maxEpochs: (options.maxEpochs ?? 100) - 1 });
}
