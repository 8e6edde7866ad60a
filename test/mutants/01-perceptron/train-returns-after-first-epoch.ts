// Beginner mutant: the return ended up inside the epoch loop, so training always stops after
// epoch 1 (a wrong stopping rule).
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({ stop: () => true }, xs, ys, options);
}
