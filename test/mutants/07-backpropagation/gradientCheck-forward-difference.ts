// Mutant: the forward difference (cost(θ + ε) − cost(θ)) / ε, whose error shrinks only like ε.
import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { checkArguments, copyOf, entriesOf, verdictOf } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const { epsilon = 1e-5, threshold = 1e-7 } = options;
  checkArguments(layers, grads, options);
  const probe = copyOf(layers);
  const entries = entriesOf(probe, grads);
  const numeric = entries.map(({ values, row, col }) => {
    const saved = values[row][col];
    const base = cost(probe);
    values[row][col] = saved + epsilon;
    const up = cost(probe);
    values[row][col] = saved;
    return (up - base) / epsilon;
  });
  return verdictOf(entries, numeric, threshold);
};
