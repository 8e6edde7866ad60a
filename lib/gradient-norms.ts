/**
 * How big each layer's weight gradient is: the measurement behind "vanishing" and "exploding"
 * gradients. In a deep sigmoid network the norms shrink layer by layer towards the input (every
 * layer multiplies the backward signal by σ' ≤ 1/4 and by its weights); with ReLU and He
 * initialisation they stay of one size.
 */
import { Matrix } from './matrix.ts';
import type { Mlp } from './network.ts';

/** √(Σ entries²): the length of a matrix taken as one long vector. */
export function frobeniusNorm(a: Matrix): number {
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += a.data[i] * a.data[i];
  return Math.sqrt(s);
}

/**
 * The Frobenius norm of every dense layer's ∂J/∂W for the batch (x, y), first layer first, after
 * one forward pass (without dropout) and one backward pass. Overwrites the net's gradients.
 */
export function gradientNorms(net: Mlp, x: Matrix, y: Matrix): number[] {
  net.run(x, false);
  net.backward(y);
  return net.dense.map((layer) => frobeniusNorm(layer.weight.grad));
}
