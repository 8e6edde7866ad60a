// Mutant: the norms in the order the backward pass visits the layers, last layer first.
export * from '../../../solutions/09-deep-networks.ts';
import { type Activation, type Layer, type Matrix, forwardPropagation } from '../../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../../solutions/07-backpropagation.ts';
export function gradientNormsByLayer(X: Matrix, Y: Matrix, layers: Layer[], activations: Activation[]): number[] {
  const { AL, caches } = forwardPropagation(X, layers, activations);
  const norms: number[] = [];
  const grads = backwardPropagation(AL, Y, caches);
  for (let l = grads.length - 1; l >= 0; l--) norms.push(Math.sqrt(grads[l].dW.flat().reduce((s, g) => s + g * g, 0)));
  return norms;
}
