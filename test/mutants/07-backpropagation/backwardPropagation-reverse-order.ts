// Beginner mutant: the gradients pushed as they are computed, so the last layer comes first.
import { backwardPropagation as right } from '../../../solutions/07-backpropagation.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const backwardPropagation: typeof right = (AL, Y, caches) => right(AL, Y, caches).reverse();
