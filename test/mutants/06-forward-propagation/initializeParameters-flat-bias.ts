// Beginner mutant: the biases are plain arrays of zeros ([0, 0, 0, 0]) instead of (n_l × 1)
// columns ([[0], [0], [0], [0]]).
export * from '../../../solutions/06-forward-propagation.ts';
import { initializeParameters as solution, type Layer } from '../../../solutions/06-forward-propagation.ts';
export function initializeParameters(sizes: number[], seed: number): Layer[] {
  return solution(sizes, seed).map(({ W, b }) => ({ W, b: b.map(() => 0) as unknown as number[][] }));
}
