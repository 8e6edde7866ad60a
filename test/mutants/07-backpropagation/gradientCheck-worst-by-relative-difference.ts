// Mutant: worst ranked by the relative difference |n − a| / max(|n|, |a|), not by |n − a|.
import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { centredEstimates, entryAt } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const { result, analytic, numeric } = centredEstimates(cost, layers, grads, options);
  const relative = (k: number) => Math.abs(numeric[k] - analytic[k]) / Math.max(Math.abs(numeric[k]), Math.abs(analytic[k]), 1e-12);
  const k = numeric.reduce((best, _, i) => (relative(i) > relative(best) ? i : best), 0);
  return { ...result, worst: { ...entryAt(layers, grads, k), numeric: numeric[k], analytic: analytic[k] } };
};
