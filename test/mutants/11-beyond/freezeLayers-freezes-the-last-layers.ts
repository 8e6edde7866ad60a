// Mutant (beginner): frozen counted from the output, so the new head stays as it was and the
// copied base is trained.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { learningRate, momentum, weightDecay } = options;
  const trained = layers.length - options.frozen;
  return frozenLoop(X, Y, layers, options, ({ layers: current, grads, velocities, m }) => {
    const step = momentumUpdate(current.slice(0, trained), withDecay(current.slice(0, trained), grads.slice(0, trained), weightDecay, m), velocities.slice(0, trained), learningRate, momentum);
    return { layers: [...step.layers, ...current.slice(trained)], velocities: [...step.velocities, ...velocities.slice(trained)] };
  });
}
