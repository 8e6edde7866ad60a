// Mutant: the sign flipped at the output (Y − AL), so every gradient points uphill.
import { backwardPropagation as right } from '../../../solutions/07-backpropagation.ts';
import { scaleGradients } from './shared/scale-gradients.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const backwardPropagation: typeof right = (AL, Y, caches) => scaleGradients(right(AL, Y, caches), -1);
