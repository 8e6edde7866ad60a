// Beginner mutant: starts from options.w itself (no copy) and updates it in place.
import { perceptronPredict } from '../../../solutions/01-perceptron.ts';
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({
    start: (xs, options) => options.w ?? xs[0].map(() => 0),
    epoch(model, xs, ys, eta) {
      let mistakes = 0;
      for (let i = 0; i < xs.length; i++) {
        const error = ys[i] - perceptronPredict(model.w, model.b, xs[i]);
        if (error !== 0) mistakes++;
        for (let j = 0; j < model.w.length; j++) model.w[j] += eta * error * xs[i][j];
        model.b += eta * error;
      }
      return mistakes;
    },
  }, xs, ys, options);
}
