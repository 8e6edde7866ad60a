import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { checkWith, copyOf } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const probe = copyOf(layers);
  return checkWith(layers, grads, options, probe, ({ values, row, col }, epsilon) => {
    const saved = values[row][col];
    const base = cost(probe);
    values[row][col] = saved + epsilon;
    const up = cost(probe);
    values[row][col] = saved;
    return (up - base) / epsilon;
  });
};
