// Beginner: the activation is read one step behind (set after each layer for the next), so layer
// l ≥ 1 is computed with activations[l − 1]: the output layer gets the hidden layers' activation.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type ForwardResult, type Layer, type LayerCache, type Matrix, denseForward } from '../../../solutions/06-forward-propagation.ts';
export function forwardPropagation(X: Matrix, layers: Layer[], activations: Activation[]): ForwardResult {
  if (activations.length !== layers.length) throw new Error(`${layers.length} layers but ${activations.length} activations`);
  const caches: LayerCache[] = [];
  let A = X;
  let activation = activations[0];
  for (let l = 0; l < layers.length; l++) {
    const cache = denseForward(A, layers[l], activation);
    caches.push(cache);
    A = cache.A;
    activation = activations[l];
  }
  return { AL: A, caches };
}
