// Mutant (beginner): the frozen layers are left alone, but their velocities come back as zeros,
// so unfreezing them later would start from a forgotten velocity.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { frozen, learningRate, momentum, weightDecay } = options;
  return frozenLoop(X, Y, layers, options, ({ layers: current, grads, velocities, m }) => {
    const step = momentumUpdate(current.slice(frozen), withDecay(current.slice(frozen), grads.slice(frozen), weightDecay, m), velocities.slice(frozen), learningRate, momentum);
    const zeros = velocities.slice(0, frozen).map(({ dW, db }) => ({ dW: dW.map((r) => r.map(() => 0)), db: db.map((r) => r.map(() => 0)) }));
    return { layers: [...current.slice(0, frozen), ...step.layers], velocities: [...zeros, ...step.velocities] };
  });
}
