// Mutant: reuses X's array for the running activations "to save memory", so the caller's X
// ends up holding the output.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type ForwardResult, type Layer, type LayerCache, type Matrix, denseForward } from '../../../solutions/06-forward-propagation.ts';
export function forwardPropagation(X: Matrix, layers: Layer[], activations: Activation[]): ForwardResult {
  if (activations.length !== layers.length) throw new Error(`forwardPropagation: ${layers.length} layers but ${activations.length} activations`);
  const caches: LayerCache[] = [];
  for (let l = 0; l < layers.length; l++) {
    const cache = denseForward(X.map((row) => [...row]), layers[l], activations[l]);
    caches.push(cache);
    X.splice(0, X.length, ...cache.A.map((row) => [...row]));
  }
  return { AL: X, caches };
}
