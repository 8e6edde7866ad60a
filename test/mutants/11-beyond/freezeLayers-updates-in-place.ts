// Mutant (beginner): the trained layers are updated in place (W[i][j] -= …), which changes the
// caller's layers: the same arrays the network was given.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { frozen, learningRate, momentum, weightDecay } = options;
  return frozenLoop(X, Y, layers, options, ({ layers: current, grads, velocities, m }) => {
    const step = momentumUpdate(current.slice(frozen), withDecay(current.slice(frozen), grads.slice(frozen), weightDecay, m), velocities.slice(frozen), learningRate, momentum);
    step.layers.forEach((layer, i) => {
      const target = current[frozen + i];
      layer.W.forEach((row, r) => row.forEach((w, c) => (target.W[r][c] = w)));
      layer.b.forEach((row, r) => row.forEach((v, c) => (target.b[r][c] = v)));
    });
    return { layers: current, velocities: [...velocities.slice(0, frozen), ...step.velocities] };
  });
}
