// Mutant (beginner): weight decay on the biases too. Chapter 9 penalises weights only.
export * from '../../../solutions/11-beyond.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../solutions/11-beyond.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import { momentumUpdate } from '../../../solutions/08-training.ts';
import { frozenLoop, withDecay } from './shared/frozen-loop.ts';
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { frozen, learningRate, momentum, weightDecay } = options;
  return frozenLoop(X, Y, layers, options, ({ layers: current, grads, velocities, m }) => {
    const trained = current.slice(frozen);
    const decayed = grads.slice(frozen).map(({ dW, db }, l) => ({
      dW: dW.map((row, i) => row.map((g, j) => g + (weightDecay / m) * trained[l].W[i][j])),
      db: db.map((row, i) => row.map((g, j) => g + (weightDecay / m) * trained[l].b[i][j])),
    }));
    const step = momentumUpdate(trained, decayed, velocities.slice(frozen), learningRate, momentum);
    return { layers: [...current.slice(0, frozen), ...step.layers], velocities: [...velocities.slice(0, frozen), ...step.velocities] };
  });
}
