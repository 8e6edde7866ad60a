// Mutant: a checker that flags everything: passed is always false.
import { gradientCheck as right } from '../../../solutions/07-backpropagation.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const gradientCheck: typeof right = (...args) => ({ ...right(...args), passed: false });
