// beginner: a wrong stopping rule: training ends at the first step that would raise the cost.
import { cost, gradientStep, logisticGradients, type LogisticTrainOptions, type LogisticTrainResult } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';
export function trainLogisticRegression(xs: number[][], ys: number[], options: LogisticTrainOptions): LogisticTrainResult {
  const { learningRate, epochs } = options;
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`bad learning rate ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`bad epochs ${epochs}`);
  if (xs.length === 0) throw new Error('no examples');
  let w = options.w ? [...options.w] : xs[0].map(() => 0);
  let b = options.b ?? 0;
  const costs = [cost(w, b, xs, ys)];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const next = gradientStep(w, b, logisticGradients(w, b, xs, ys), learningRate);
    const c = cost(next.w, next.b, xs, ys);
    if (c > costs[costs.length - 1]) break;
    ({ w, b } = next);
    costs.push(c);
  }
  return { w, b, costs };
}
