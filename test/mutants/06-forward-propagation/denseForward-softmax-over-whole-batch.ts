// Beginner mutant: softmax over every entry of Z at once (one distribution for the whole batch)
// instead of one per column.
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type Layer, type LayerCache, type Matrix, denseForward as solution } from '../../../solutions/06-forward-propagation.ts';
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  const cache = solution(aPrev, layer, activation === 'softmax' ? 'linear' : activation);
  if (activation !== 'softmax') return cache;
  const max = Math.max(...cache.Z.flat());
  const e = cache.Z.map((row) => row.map((v) => Math.exp(v - max)));
  const total = e.flat().reduce((s, v) => s + v, 0);
  return { ...cache, A: e.map((row) => row.map((v) => v / total)), activation };
}
