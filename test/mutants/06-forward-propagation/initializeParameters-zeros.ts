// Mutant: every weight 0, so no unit of a layer ever differs from another (symmetry never broken).
export * from '../../../solutions/06-forward-propagation.ts';
import { type Layer, initializeParameters as solution } from '../../../solutions/06-forward-propagation.ts';
export function initializeParameters(sizes: number[], seed: number): Layer[] {
  return solution(sizes, seed).map(({ W, b }) => ({ W: W.map((row) => row.map(() => 0)), b }));
}
