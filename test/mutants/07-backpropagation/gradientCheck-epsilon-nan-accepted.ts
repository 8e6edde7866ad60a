// Mutant: ε checked with `epsilon <= 0`, which NaN passes: every centred difference is then NaN,
// relativeError is NaN and worst stays at the first entry (no NaN difference is ever larger).
import { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
import { entryAt } from './shared/entries.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (cost, layers, grads, options = {}) => {
  const { epsilon = 1e-5 } = options;
  if (epsilon <= 0) throw new Error(`gradientCheck: epsilon must be above 0, got ${epsilon}`);
  if (!Number.isNaN(epsilon)) return right(cost, layers, grads, options);
  right(() => 0, layers, grads, { ...options, epsilon: 1 }); // the solution's other checks
  return { passed: false, relativeError: NaN, worst: { ...entryAt(layers, grads, 0), numeric: NaN, analytic: grads[0].dW[0][0] } };
};
