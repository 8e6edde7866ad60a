// Beginner mutant: updates first, then asks whether the (updated) neuron is wrong.
import { perceptronPredict, perceptronUpdate } from '../../../solutions/01-perceptron.ts';
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  return trainWith({
    epoch(model, xs, ys, eta) {
      let mistakes = 0;
      for (let i = 0; i < xs.length; i++) {
        Object.assign(model, perceptronUpdate(model.w, model.b, xs[i], ys[i], eta));
        if (perceptronPredict(model.w, model.b, xs[i]) !== ys[i]) mistakes++;
      }
      return mistakes;
    },
  }, xs, ys, options);
}
