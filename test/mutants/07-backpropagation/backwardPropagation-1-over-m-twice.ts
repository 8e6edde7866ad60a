// Mutant: 1/m applied twice: dZ divided by m at the output, and denseBackward divides again.
import { backwardPropagation as right } from '../../../solutions/07-backpropagation.ts';
import { scaleGradients } from './shared/scale-gradients.ts';
export * from '../../../solutions/07-backpropagation.ts';

export const backwardPropagation: typeof right = (AL, Y, caches) => scaleGradients(right(AL, Y, caches), 1 / Y[0].length);
