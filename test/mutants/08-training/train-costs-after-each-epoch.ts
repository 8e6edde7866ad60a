// Mutant (beginner): the cost is recorded after each epoch but not before training.
import { trainMlp as right } from '../../../solutions/08-training.ts';
export * from '../../../solutions/08-training.ts';

export const trainMlp: typeof right = (X, Y, options) => {
  const result = right(X, Y, options);
  return { ...result, costs: result.costs.slice(1) };
};
