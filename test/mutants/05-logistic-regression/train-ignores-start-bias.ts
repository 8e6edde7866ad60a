// beginner: options.w is used but options.b is not: training always starts from b = 0.
import { trainLogisticRegression as right } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const trainLogisticRegression: typeof right = (xs, ys, options) => right(xs, ys, { ...options, b: 0 });
