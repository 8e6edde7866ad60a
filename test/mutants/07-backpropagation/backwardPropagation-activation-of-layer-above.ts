// Mutant: the wrong layer's activation: the layer below is differentiated with the activation of the layer above (its Z is right).
import { backwardPropagation as right } from '../../../solutions/07-backpropagation.ts';
export * from '../../../solutions/07-backpropagation.ts';

// Each hidden layer marked with the activation of the layer above it; the output's softmax has no
// backward of its own, so below it dAPrev passes on unchanged, as through 'linear'.
export const backwardPropagation: typeof right = (AL, Y, caches) =>
  right(AL, Y, caches.map((cache, l) => (l < caches.length - 1 ? { ...cache, activation: caches[l + 1].activation === 'softmax' ? 'linear' : caches[l + 1].activation } : cache)));
