// beginner: learningRate <= 0 is the only check, and NaN fails every comparison, so it passes.
import { trainLogisticRegression as right } from '../../../solutions/05-logistic-regression.ts';
import { descend, startOf } from './shared/descend.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const trainLogisticRegression: typeof right = (xs, ys, options) => {
  const { learningRate, epochs } = options;
  if (learningRate <= 0) throw new Error(`bad learning rate ${learningRate}`);
  // Past that check the solution would take the rate; it refuses NaN, so NaN's run is taken here.
  return Number.isNaN(learningRate) ? descend(xs, ys, startOf(xs, options), learningRate, epochs) : right(xs, ys, options);
};
