// Mutant: the step is always 1e-5, whatever h is given.
import { numericalJacobian as right } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export const numericalJacobian: typeof right = (f, x) => right(f, x);
