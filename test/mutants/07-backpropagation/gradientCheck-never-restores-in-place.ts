import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { centredWithoutRestoring, checkWith } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) =>
  checkWith(layers, grads, options, layers, (entry, epsilon) => centredWithoutRestoring(cost, layers, entry, epsilon));
