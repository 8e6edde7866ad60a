// Mutant: every epoch takes the gradient at the starting w and b instead of the current ones, so
// the run agrees with the reference for one step and parts from it at the second.
import { cost, gradientStep, logisticGradients, type LogisticTrainOptions, type LogisticTrainResult } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';
export function trainLogisticRegression(xs: number[][], ys: number[], options: LogisticTrainOptions): LogisticTrainResult {
  const { learningRate, epochs } = options;
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`bad learning rate ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`bad epochs ${epochs}`);
  if (xs.length === 0) throw new Error('no examples');
  const start = { w: options.w ? [...options.w] : xs[0].map(() => 0), b: options.b ?? 0 };
  let { w, b } = start;
  const costs = [cost(w, b, xs, ys)];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    ({ w, b } = gradientStep(w, b, logisticGradients(start.w, start.b, xs, ys), learningRate));
    costs.push(cost(w, b, xs, ys));
  }
  return { w, b, costs };
}
