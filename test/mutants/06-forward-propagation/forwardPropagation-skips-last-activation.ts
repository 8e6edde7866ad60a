// Mutant: returns the last layer's Z as AL, its activation never applied.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type ForwardResult, type Layer, type Matrix, forwardPropagation as solution } from '../../../solutions/06-forward-propagation.ts';
export function forwardPropagation(X: Matrix, layers: Layer[], activations: Activation[]): ForwardResult {
  const result = solution(X, layers, activations);
  if (result.caches.length === 0) return result;
  return { ...result, AL: result.caches[result.caches.length - 1].Z };
}
