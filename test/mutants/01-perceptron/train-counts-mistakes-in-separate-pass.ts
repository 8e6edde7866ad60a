// Beginner mutant: a pass of updates, then a separate pass that counts the mistakes of the
// final weights (an evaluation, not the mistakes made while training).
import { perceptronPredict, perceptronUpdate } from '../../../solutions/01-perceptron.ts';
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({
    epoch(model, xs, ys, eta) {
      for (let i = 0; i < xs.length; i++) Object.assign(model, perceptronUpdate(model.w, model.b, xs[i], ys[i], eta));
      return xs.filter((x, i) => perceptronPredict(model.w, model.b, x) !== ys[i]).length;
    },
  }, xs, ys, options);
}
