// Mutant: worst replaced on an equal difference (≥ where > belongs), so a tie keeps the last entry.
import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { centredEstimates, entryAt } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const { result, analytic, numeric } = centredEstimates(cost, layers, grads, options);
  const gap = (k: number) => Math.abs(numeric[k] - analytic[k]);
  const k = numeric.reduce((best, _, i) => (gap(i) >= gap(best) ? i : best), 0);
  return { ...result, worst: { ...entryAt(layers, grads, k), numeric: numeric[k], analytic: analytic[k] } };
};
