// Mutant: the cost is recorded at the top of every epoch, so the cost after the last step is missing.
import { trainLogisticRegression as right } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const trainLogisticRegression: typeof right = (xs, ys, options) => {
  const result = right(xs, ys, options);
  // Recorded only before a step (or once, when there is none): the cost after the last one is missing.
  return { ...result, costs: options.epochs === 0 ? result.costs : result.costs.slice(0, -1) };
};
