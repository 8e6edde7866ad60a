// Mutant: converged is "stopped before the limit", so a run that converges on exactly the last
// allowed epoch reports converged: false.
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({ converged: (mistakesPerEpoch, maxEpochs) => mistakesPerEpoch.length < maxEpochs }, xs, ys, options);
}
