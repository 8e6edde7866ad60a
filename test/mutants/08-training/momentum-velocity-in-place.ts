// Mutant: the new velocity is written into the caller's velocities (documented as left unchanged).
export * from '../../../solutions/08-training.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
export function momentumUpdate(layers: Layer[], grads: LayerGradients[], velocities: LayerGradients[], learningRate: number, beta: number) {
  velocities.forEach((v, l) => {
    v.dW.forEach((row, i) => row.forEach((x, j) => (row[j] = beta * x + grads[l].dW[i][j])));
    v.db.forEach((row, i) => row.forEach((x, j) => (row[j] = beta * x + grads[l].db[i][j])));
  });
  return {
    layers: layers.map((layer, l) => ({
      W: layer.W.map((row, i) => row.map((w, j) => w - learningRate * velocities[l].dW[i][j])),
      b: layer.b.map((row, i) => row.map((x, j) => x - learningRate * velocities[l].db[i][j])),
    })),
    velocities,
  };
}
