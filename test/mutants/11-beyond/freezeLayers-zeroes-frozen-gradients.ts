// Mutant: the frozen layers' gradients are set to zero, then every layer goes through
// momentumUpdate and weight decay. Their velocity keeps moving them and the decay shrinks them.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { frozen, learningRate, momentum, weightDecay } = options;
  return frozenLoop(X, Y, layers, options, ({ layers: current, grads, velocities, m }) => {
    const zeroed = grads.map((g, l) => (l < frozen ? { dW: g.dW.map((r) => r.map(() => 0)), db: g.db.map((r) => r.map(() => 0)) } : g));
    return momentumUpdate(current, withDecay(current, zeroed, weightDecay, m), velocities, learningRate, momentum);
  });
}
