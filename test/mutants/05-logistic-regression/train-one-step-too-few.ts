// Mutant: the loop starts at 1 and stops before epochs, one step short.
import { trainLogisticRegression as right } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const trainLogisticRegression: typeof right = (xs, ys, options) => {
  if (!(options.epochs > 0)) return right(xs, ys, options);
  const result = right(xs, ys, { ...options, epochs: options.epochs - 1 });
  // After the loop, the cost of the w and b it ended with is recorded once more.
  return { ...result, costs: [...result.costs, result.costs[result.costs.length - 1]] };
};
