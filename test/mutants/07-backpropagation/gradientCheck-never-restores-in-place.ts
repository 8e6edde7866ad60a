// Mutant: nudges the caller's layers in place and never puts an entry back.
import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { centredWithoutRestoring, checkArguments, entriesOf, verdictOf } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const { epsilon = 1e-5, threshold = 1e-7 } = options;
  checkArguments(layers, grads, options);
  const entries = entriesOf(layers, grads);
  return verdictOf(entries, entries.map((entry) => centredWithoutRestoring(cost, layers, entry, epsilon)), threshold);
};
