// Mutant: no check for an empty training set, and optional chaining hides it: trainPerceptron([], [])
// returns a "converged" perceptron with no weights instead of throwing.
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({ noEmptyCheck: true, start: (xs, options) => (options.w ? [...options.w] : (xs[0]?.map(() => 0) ?? [])) }, xs, ys, options);
}
