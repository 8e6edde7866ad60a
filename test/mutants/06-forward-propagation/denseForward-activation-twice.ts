// Mutant: applies the activation to Z, then once more to the result: A = g(g(Z)).
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type Layer, type LayerCache, type Matrix, denseForward as solution } from '../../../solutions/06-forward-propagation.ts';
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  const once = solution(aPrev, layer, activation);
  const twice = solution(once.A, { W: once.A.map((_, i) => once.A.map((_, k) => (i === k ? 1 : 0))), b: once.A.map(() => [0]) }, activation);
  return { ...once, A: twice.A };
}
