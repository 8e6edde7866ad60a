// Mutant (beginner): frozen read as the index of the last frozen layer counted from 1, so
// frozen = 1 freezes nothing (l < frozen - 1).
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { learningRate, momentum, weightDecay } = options;
  const frozen = Math.max(0, options.frozen - 1);
  return frozenLoop(X, Y, layers, options, ({ layers: current, grads, velocities, m }) => {
    const step = momentumUpdate(current.slice(frozen), withDecay(current.slice(frozen), grads.slice(frozen), weightDecay, m), velocities.slice(frozen), learningRate, momentum);
    return { layers: [...current.slice(0, frozen), ...step.layers], velocities: [...velocities.slice(0, frozen), ...step.velocities] };
  });
}
