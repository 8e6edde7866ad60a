// Mutant: gradient ascent, W + η·dW, which climbs towards a larger cost.
export * from '../../../solutions/08-training.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
export function sgdUpdate(layers: Layer[], grads: LayerGradients[], learningRate: number): Layer[] {
  return layers.map((layer, l) => ({
    W: layer.W.map((row, i) => row.map((w, j) => w + learningRate * grads[l].dW[i][j])),
    b: layer.b.map((row, i) => row.map((v, j) => v + learningRate * grads[l].db[i][j])),
  }));
}
