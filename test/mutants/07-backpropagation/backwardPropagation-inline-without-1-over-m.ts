// Mutant: the whole pass written in one function, dW = dZ A_prevᵀ and db = Σ dZ without the 1/m.
import { backwardPropagation as right } from '../../../solutions/07-backpropagation.ts';
import { scaleGradients } from './shared/scale-gradients.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const backwardPropagation: typeof right = (AL, Y, caches) => scaleGradients(right(AL, Y, caches), Y[0].length);
