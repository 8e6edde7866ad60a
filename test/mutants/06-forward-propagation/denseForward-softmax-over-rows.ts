// Mutant: softmax of each ROW of Z (across the examples) instead of each column.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type Layer, type LayerCache, type Matrix, denseForward as solution } from '../../../solutions/06-forward-propagation.ts';
import { softmax } from '../../../solutions/02-activation-functions.ts';
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  if (activation !== 'softmax') return solution(aPrev, layer, activation);
  const cache = solution(aPrev, layer, 'linear');
  return { ...cache, A: cache.Z.map((row) => softmax(row)), activation };
}
