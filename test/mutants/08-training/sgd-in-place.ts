// Mutant (beginner): the step is written into the caller's layers, which are then returned.
export * from '../../../solutions/08-training.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
export function sgdUpdate(layers: Layer[], grads: LayerGradients[], learningRate: number): Layer[] {
  layers.forEach((layer, l) => {
    layer.W.forEach((row, i) => row.forEach((_, j) => (row[j] -= learningRate * grads[l].dW[i][j])));
    layer.b.forEach((row, i) => row.forEach((_, j) => (row[j] -= learningRate * grads[l].db[i][j])));
  });
  return layers;
}
