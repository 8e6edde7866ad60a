// Mutant: the row convention, Z = A_prev·W + b, which fits only when the shapes happen to.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type Layer, type LayerCache, type Matrix, addBias, denseForward as solution, matmul } from '../../../solutions/06-forward-propagation.ts';
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  const Z = addBias(matmul(aPrev, layer.W), layer.b);
  // The activation of the right layer, applied to this Z: an identity layer on Z.
  const identity = { W: Z.map((_, i) => Z.map((_, k) => (i === k ? 1 : 0))), b: Z.map(() => [0]) };
  return { ...solution(Z, identity, activation), aPrev, W: layer.W, b: layer.b, Z };
}
