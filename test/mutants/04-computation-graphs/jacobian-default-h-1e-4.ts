// Mutant: (beginner) the default h is 1e-4, which differentiates a smooth f well enough to pass on values alone.
import { numericalJacobian as right } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export const numericalJacobian: typeof right = (f, x, h = 1e-4) => right(f, x, h);
