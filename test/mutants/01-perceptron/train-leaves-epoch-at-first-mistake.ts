// Beginner mutant: the inner loop is left at the first mistake ("start the epoch again").
import { perceptronPredict, perceptronUpdate } from '../../../solutions/01-perceptron.ts';
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({
    epoch(model, xs, ys, eta) {
      for (let i = 0; i < xs.length; i++) {
        if (perceptronPredict(model.w, model.b, xs[i]) !== ys[i]) {
          Object.assign(model, perceptronUpdate(model.w, model.b, xs[i], ys[i], eta));
          return 1;
        }
      }
      return 0;
    },
  }, xs, ys, options);
}
