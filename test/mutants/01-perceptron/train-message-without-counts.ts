// Mutant: throws an Error for mismatched examples and labels, but does not say how many of each.
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  if (xs.length !== ys.length) throw new Error('need one label per example');
  return trainWith({}, xs, ys, options);
}
