// Mutant: Adam with the raw running means, m / (√v + ε), no division by 1 − βᵗ.
export * from '../../../solutions/08-training.ts';
import type { Layer, Matrix } from '../../../solutions/06-forward-propagation.ts';
import type { LayerGradients } from '../../../solutions/07-backpropagation.ts';
import type { AdamOptions, AdamState } from '../../../solutions/08-training.ts';
export function adamUpdate(layers: Layer[], grads: LayerGradients[], state: AdamState, learningRate: number, options: AdamOptions = {}) {
  const { beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
  const ema = (a: Matrix, g: Matrix, beta: number, f: (x: number) => number) => a.map((row, i) => row.map((x, j) => beta * x + (1 - beta) * f(g[i][j])));
  const m = state.m.map((s, l) => ({ dW: ema(s.dW, grads[l].dW, beta1, (x) => x), db: ema(s.db, grads[l].db, beta1, (x) => x) }));
  const v = state.v.map((s, l) => ({ dW: ema(s.dW, grads[l].dW, beta2, (x) => x * x), db: ema(s.db, grads[l].db, beta2, (x) => x * x) }));
  const step = (p: Matrix, mm: Matrix, vv: Matrix) => p.map((row, i) => row.map((x, j) => x - (learningRate * mm[i][j]) / (Math.sqrt(vv[i][j]) + epsilon)));
  return { layers: layers.map((layer, l) => ({ W: step(layer.W, m[l].dW, v[l].dW), b: step(layer.b, m[l].db, v[l].db) })), state: { t: state.t + 1, m, v } };
}
