import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { centredWithoutRestoring, checkWith, copyOf } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const probe = copyOf(layers);
  return checkWith(layers, grads, options, probe, (entry, epsilon) => centredWithoutRestoring(cost, probe, entry, epsilon));
};
