/**
 * The solution's fine-tuning loop with its one delicate step, the update, handed to the mutant:
 * each freezeLayers mutant holds only its own update. Checks are left out.
 */
import { type Layer, type Matrix, forwardPropagation } from '../../../../solutions/06-forward-propagation.ts';
import { type LayerGradients, backwardPropagation } from '../../../../solutions/07-backpropagation.ts';
import { categoricalCrossEntropy, miniBatches } from '../../../../solutions/08-training.ts';
import type { FreezeLayersOptions, FreezeLayersResult } from '../../../../solutions/11-beyond.ts';

export interface Step {
  layers: Layer[];
  grads: LayerGradients[];
  velocities: LayerGradients[];
  /** The batch's number of examples. */
  m: number;
}

export function frozenLoop(
  X: Matrix,
  Y: Matrix,
  layers: Layer[],
  options: FreezeLayersOptions,
  update: (step: Step) => { layers: Layer[]; velocities: LayerGradients[] },
): FreezeLayersResult {
  let current = layers;
  let velocities = options.velocities ?? layers.map(({ W, b }) => ({ dW: W.map((r) => r.map(() => 0)), db: b.map((r) => r.map(() => 0)) }));
  const cost = () => categoricalCrossEntropy(forwardPropagation(X, current, options.activations).AL, Y);
  const costs = [cost()];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const batch of miniBatches(X, Y, options.batchSize, options.seed + epoch)) {
      const { AL, caches } = forwardPropagation(batch.X, current, options.activations);
      const next = update({ layers: current, grads: backwardPropagation(AL, batch.Y, caches), velocities, m: batch.X[0].length });
      current = next.layers;
      velocities = next.velocities;
    }
    costs.push(cost());
  }
  return { layers: current, velocities, costs };
}

/** dW + (λ/m)·W for each layer given. */
export function withDecay(layers: Layer[], grads: LayerGradients[], lambda: number, m: number): LayerGradients[] {
  return grads.map(({ dW, db }, l) => ({ dW: dW.map((row, i) => row.map((g, j) => g + (lambda / m) * layers[l].W[i][j])), db }));
}
