// Mutant: the relative error divided by one side only, ‖g − ĝ‖ / ‖ĝ‖.
import type { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { centredEstimates } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const { result, analytic, numeric } = centredEstimates(cost, layers, grads, options);
  const numericNorm = Math.hypot(...numeric);
  const relativeError = numericNorm === 0 ? 0 : Math.hypot(...numeric.map((n, k) => n - analytic[k])) / numericNorm;
  return { ...result, passed: relativeError < (options.threshold ?? 1e-7), relativeError };
};
