// Mutant: (beginner) an empty x returns [] instead of throwing.
import { numericalJacobian as right } from '../../../solutions/04-computation-graphs.ts';
export * from '../../../solutions/04-computation-graphs.ts';

export const numericalJacobian: typeof right = (f, x, h) => (x.length === 0 ? [] : right(f, x, h));
