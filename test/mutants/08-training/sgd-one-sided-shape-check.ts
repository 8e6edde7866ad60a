// Beginner: the shapes of every dW are checked, those of db are not: a db of another shape is read
// where it overlaps b (here its first column), and a shorter one gives NaN biases.
export * from '../../../solutions/08-training.ts';
import type { Layer } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
export function sgdUpdate(layers: Layer[], grads: LayerGradients[], learningRate: number): Layer[] {
  if (grads.length !== layers.length) throw new Error(`sgdUpdate: ${layers.length} layers but ${grads.length} grads`);
  const shape = (M: number[][]) => `(${M.length}×${M[0]?.length ?? 0})`;
  grads.forEach(({ dW }, l) => {
    if (shape(dW) !== shape(layers[l].W)) throw new Error(`sgdUpdate: layer ${l + 1}'s W is ${shape(layers[l].W)} but grads[${l}].dW is ${shape(dW)}`);
  });
  return layers.map(({ W, b }, l) => ({
    W: W.map((row, i) => row.map((w, j) => w - learningRate * grads[l].dW[i][j])),
    b: b.map((row, i) => row.map((x, j) => x - learningRate * grads[l].db[i][j])),
  }));
}
