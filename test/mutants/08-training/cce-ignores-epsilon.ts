// Beginner: the floor is a constant 1e-12 of its own, whatever epsilon is passed.
import { categoricalCrossEntropy as right } from '../../../solutions/08-training.ts';
export * from '../../../solutions/08-training.ts';

export const categoricalCrossEntropy: typeof right = (AL, Y) => right(AL, Y, 1e-12);
