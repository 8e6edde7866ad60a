// Mutant: Z = Wᵀ·A_prev + b, which fits whenever W is square (the page's ReLU → sigmoid → softmax
// pass has only square layers).
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type Layer, type LayerCache, type Matrix, denseForward as solution, transpose } from '../../../solutions/06-forward-propagation.ts';
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  return { ...solution(aPrev, { W: transpose(layer.W), b: layer.b }, activation), W: layer.W };
}
