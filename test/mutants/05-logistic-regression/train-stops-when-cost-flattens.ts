// beginner: a wrong stopping rule: training ends once the cost changes by less than 1e-4 in an epoch.
import { trainLogisticRegression as right } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const trainLogisticRegression: typeof right = (xs, ys, options) => {
  const { costs } = right(xs, ys, options);
  const flat = costs.findIndex((c, k) => k > 0 && Math.abs(c - costs[k - 1]) < 1e-4);
  return right(xs, ys, flat < 0 ? options : { ...options, epochs: flat });
};
