// Mutant: the frozen layers skip momentumUpdate, but weight decay is applied to every layer's
// weights as a separate shrink step, frozen ones included.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { frozen, learningRate, momentum, weightDecay } = options;
  return frozenLoop(X, Y, layers, options, ({ layers: current, grads, velocities, m }) => {
    const step = momentumUpdate(current.slice(frozen), grads.slice(frozen), velocities.slice(frozen), learningRate, momentum);
    const all = [...current.slice(0, frozen), ...step.layers];
    return { layers: all.map(({ W, b }) => ({ W: W.map((r) => r.map((w) => w - learningRate * (weightDecay / m) * w)), b })), velocities: [...velocities.slice(0, frozen), ...step.velocities] };
  });
}
