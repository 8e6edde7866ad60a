// Mutant: nudges a copy (the caller's layers stay as they were) but never puts an entry back, so every later difference is taken at a shifted point.
import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { centredWithoutRestoring, checkArguments, copyOf, entriesOf, verdictOf } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const { epsilon = 1e-5, threshold = 1e-7 } = options;
  checkArguments(layers, grads, options);
  const probe = copyOf(layers);
  const entries = entriesOf(probe, grads);
  return verdictOf(entries, entries.map((entry) => centredWithoutRestoring(cost, probe, entry, epsilon)), threshold);
};
