// Mutant (beginner): the step uses t = state.t + 1 but returns the old state.t, so every later step corrects as if it were the first.
import { adamUpdate as solved } from '../../../solutions/08-training.ts';
export * from '../../../solutions/08-training.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
import type { AdamOptions, AdamState } from '../../../solutions/08-training.ts';
export function adamUpdate(layers: Layer[], grads: LayerGradients[], state: AdamState, learningRate: number, options: AdamOptions = {}) {
  const result = solved(layers, grads, state, learningRate, options);
  return { layers: result.layers, state: { ...result.state, t: state.t } };
}
