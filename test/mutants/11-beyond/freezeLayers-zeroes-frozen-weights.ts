// Mutant (beginner): "freezing" a layer by setting its weights to zero, and training the rest.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { frozen, learningRate, momentum, weightDecay } = options;
  const zeroed = layers.map((layer, l) => (l < frozen ? { W: layer.W.map((r) => r.map(() => 0)), b: layer.b } : layer));
  return frozenLoop(X, Y, zeroed, options, ({ layers: current, grads, velocities, m }) => {
    const step = momentumUpdate(current.slice(frozen), withDecay(current.slice(frozen), grads.slice(frozen), weightDecay, m), velocities.slice(frozen), learningRate, momentum);
    return { layers: [...current.slice(0, frozen), ...step.layers], velocities: [...velocities.slice(0, frozen), ...step.velocities] };
  });
}
