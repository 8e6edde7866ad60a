// Beginner mutant: passes X to every layer instead of the previous layer's output.
import { denseForward, type forwardPropagation as right } from '../../../solutions/06-forward-propagation.ts';
export * from '../../../solutions/06-forward-propagation.ts';

export const forwardPropagation: typeof right = (X, layers, activations) => {
  if (activations.length !== layers.length) throw new Error(`${layers.length} layers but ${activations.length} activations`);
  const caches = layers.map((layer, l) => denseForward(X, layer, activations[l]));
  return { AL: caches.length > 0 ? caches[caches.length - 1].A : X, caches };
};
