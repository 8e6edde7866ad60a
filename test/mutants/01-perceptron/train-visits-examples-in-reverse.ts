// Beginner mutant: visits the examples last to first (a repeatable stand-in for shuffling:
// any order other than the given one).
import { correctEpoch } from './shared/train-loop.ts';
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({ epoch: (model, xs, ys, eta) => correctEpoch(model, [...xs].reverse(), [...ys].reverse(), eta) }, xs, ys, options);
}
