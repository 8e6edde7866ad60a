// Beginner mutant: no check for an empty training set; xs[0].map then throws a TypeError by accident.
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({ noEmptyCheck: true }, xs, ys, options);
}
