// Beginner mutant: passes X to every layer instead of the previous layer's output.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type ForwardResult, type Layer, type LayerCache, type Matrix, denseForward } from '../../../solutions/06-forward-propagation.ts';
export function forwardPropagation(X: Matrix, layers: Layer[], activations: Activation[]): ForwardResult {
  if (activations.length !== layers.length) throw new Error(`${layers.length} layers but ${activations.length} activations`);
  const caches: LayerCache[] = [];
  let AL = X;
  for (let l = 0; l < layers.length; l++) {
    const cache = denseForward(X, layers[l], activations[l]);
    caches.push(cache);
    AL = cache.A;
  }
  return { AL, caches };
}
