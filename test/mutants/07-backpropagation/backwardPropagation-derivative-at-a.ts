// Mutant: g'(A) where g'(Z) is needed: each hidden layer's backward is given its A instead of its Z.
import { backwardPropagation as right } from '../../../solutions/07-backpropagation.ts';
export * from '../../../solutions/07-backpropagation.ts';

// The solution differentiates each hidden layer at its cache's Z: hand it A there.
export const backwardPropagation: typeof right = (AL, Y, caches) => right(AL, Y, caches.map((cache) => ({ ...cache, Z: cache.A })));
