// Beginner: w starts as options.w itself (let w = options.w ?? zeros), which is safe while every
// step makes new arrays, but 0 epochs return the caller's array.
import { trainLogisticRegression as right } from '../../../solutions/05-logistic-regression.ts';
export * from '../../../solutions/05-logistic-regression.ts';

export const trainLogisticRegression: typeof right = (xs, ys, options) => {
  const result = right(xs, ys, options);
  return options.epochs === 0 && options.w ? { ...result, w: options.w } : result;
};
