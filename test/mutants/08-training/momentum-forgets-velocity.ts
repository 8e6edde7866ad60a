// Mutant: every call starts from a zero velocity, so each step is plain SGD.
export * from '../../../solutions/08-training.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
export function momentumUpdate(layers: Layer[], grads: LayerGradients[], velocities: LayerGradients[], learningRate: number, beta: number) {
  const next = grads.map((g) => ({ dW: g.dW.map((row) => row.map((x) => beta * 0 + x)), db: g.db.map((row) => row.map((x) => beta * 0 + x)) }));
  void velocities;
  return {
    layers: layers.map((layer, l) => ({
      W: layer.W.map((row, i) => row.map((w, j) => w - learningRate * next[l].dW[i][j])),
      b: layer.b.map((row, i) => row.map((v, j) => v - learningRate * next[l].db[i][j])),
    })),
    velocities: next,
  };
}
