// Mutant (beginner): the parameters step along the old velocity, and only then is the velocity updated.
export * from '../../../solutions/08-training.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
export function momentumUpdate(layers: Layer[], grads: LayerGradients[], velocities: LayerGradients[], learningRate: number, beta: number) {
  const stepped = layers.map((layer, l) => ({
    W: layer.W.map((row, i) => row.map((w, j) => w - learningRate * velocities[l].dW[i][j])),
    b: layer.b.map((row, i) => row.map((x, j) => x - learningRate * velocities[l].db[i][j])),
  }));
  const next = velocities.map((v, l) => ({
    dW: v.dW.map((row, i) => row.map((x, j) => beta * x + grads[l].dW[i][j])),
    db: v.db.map((row, i) => row.map((x, j) => beta * x + grads[l].db[i][j])),
  }));
  return { layers: stepped, velocities: next };
}
