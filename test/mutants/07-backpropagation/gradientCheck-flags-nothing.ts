// Mutant: a checker that flags nothing: passed is always true.
import { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (...args) => ({ ...right(...args), passed: true });
