// Mutant: the norm of dW and db together, the biases' gradient counted with the weights'.
export * from '../../../solutions/09-deep-networks.ts';
import { type Activation, type Layer, type Matrix, forwardPropagation } from '../../../solutions/06-forward-propagation.ts';
import { backwardPropagation } from '../../../solutions/07-backpropagation.ts';
export function gradientNormsByLayer(X: Matrix, Y: Matrix, layers: Layer[], activations: Activation[]): number[] {
  const { AL, caches } = forwardPropagation(X, layers, activations);
  return backwardPropagation(AL, Y, caches).map(({ dW, db }) => Math.hypot(...dW.flat(), ...db.flat()));
}
