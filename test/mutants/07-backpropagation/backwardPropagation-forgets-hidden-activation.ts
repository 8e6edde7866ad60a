// Beginner mutant: dAPrev passed down as the dZ of the layer below, its activation forgotten.
import { backwardPropagation as right } from '../../../solutions/07-backpropagation.ts';
export * from '../../../solutions/07-backpropagation.ts';

// A hidden layer marked 'linear' passes dAPrev on as its dZ.
export const backwardPropagation: typeof right = (AL, Y, caches) =>
  right(AL, Y, caches.map((cache, l) => (l < caches.length - 1 ? { ...cache, activation: 'linear' } : cache)));
