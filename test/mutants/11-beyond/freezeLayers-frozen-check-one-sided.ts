// Mutant (beginner): frozen is checked against 0 only, so frozen = 3 for two layers trains nothing
// and says nothing.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
import { freezeLayers as solution } from '../../../solutions/11-beyond.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  if (options.frozen < 0) throw new Error(`frozen must be 0 or more, got ${options.frozen}`);
  return solution(X, Y, layers, { ...options, frozen: Math.min(options.frozen, layers.length) });
}
