// beginner: a wrong stopping rule: training ends at the first step that would raise the cost.
import { trainLogisticRegression as right } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const trainLogisticRegression: typeof right = (xs, ys, options) => {
  const { costs } = right(xs, ys, options);
  const rises = costs.findIndex((c, k) => k > 0 && c > costs[k - 1]);
  // The step that would raise the cost is not taken: training ends at the epoch before it.
  return right(xs, ys, rises < 0 ? options : { ...options, epochs: rises - 1 });
};
