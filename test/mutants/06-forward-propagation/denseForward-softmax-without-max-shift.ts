// Mutant: its own column softmax, e^z / Σ e^z without subtracting the maximum first, so large
// logits overflow (e^1000 = Infinity, Infinity / Infinity = NaN).
export * from '../../../solutions/06-forward-propagation.ts';
import { type Activation, type Layer, type LayerCache, type Matrix, denseForward as solution, transpose } from '../../../solutions/06-forward-propagation.ts';
export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  if (activation !== 'softmax') return solution(aPrev, layer, activation);
  const cache = solution(aPrev, layer, 'linear');
  const columns = transpose(cache.Z).map((z) => {
    const e = z.map(Math.exp);
    const total = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / total);
  });
  return { ...cache, A: transpose(columns), activation };
}
