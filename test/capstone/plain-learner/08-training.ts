// A correct chapter 8 as a beginner writes it: map and reduce, new arrays everywhere.
import { createRandom } from '../../../lib/random.ts';
import type { Layer, Matrix } from './06-forward-propagation.ts';
import type { LayerGradients } from './07-backpropagation.ts';

export interface Batch {
  X: Matrix;
  Y: Matrix;
}
export interface AdamState {
  t: number;
  m: LayerGradients[];
  v: LayerGradients[];
}

export function categoricalCrossEntropy(AL: Matrix, Y: Matrix, epsilon = 1e-12): number {
  const m = AL[0].length;
  const total = AL.reduce((s, row, i) => s + row.reduce((t, a, j) => t - Y[i][j] * Math.log(Math.max(a, epsilon)), 0), 0);
  return total / m;
}

export function miniBatches(X: Matrix, Y: Matrix, batchSize: number, seed: number): Batch[] {
  if (X[0].length !== Y[0].length) throw new Error(`X has ${X[0].length} examples but Y has ${Y[0].length}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`bad batch size ${batchSize}`);
  const order = createRandom(seed).shuffle(X[0].map((_, j) => j));
  const batches: Batch[] = [];
  for (let start = 0; start < order.length; start += batchSize) {
    const picked = order.slice(start, start + batchSize);
    batches.push({ X: X.map((row) => picked.map((j) => row[j])), Y: Y.map((row) => picked.map((j) => row[j])) });
  }
  return batches;
}

const step = (a: Matrix, k: number, b: Matrix): Matrix => a.map((row, i) => row.map((v, j) => v - k * b[i][j]));

export function sgdUpdate(layers: Layer[], grads: LayerGradients[], learningRate: number): Layer[] {
  return layers.map((layer, l) => ({ W: step(layer.W, learningRate, grads[l].dW), b: step(layer.b, learningRate, grads[l].db) }));
}

export function momentumUpdate(layers: Layer[], grads: LayerGradients[], velocities: LayerGradients[], learningRate: number, beta: number): { layers: Layer[]; velocities: LayerGradients[] } {
  const next = velocities.map((v, l) => ({
    dW: v.dW.map((row, i) => row.map((x, j) => beta * x + grads[l].dW[i][j])),
    db: v.db.map((row, i) => row.map((x, j) => beta * x + grads[l].db[i][j])),
  }));
  return { layers: layers.map((layer, l) => ({ W: step(layer.W, learningRate, next[l].dW), b: step(layer.b, learningRate, next[l].db) })), velocities: next };
}

export function adamUpdate(layers: Layer[], grads: LayerGradients[], state: AdamState, learningRate: number): { layers: Layer[]; state: AdamState } {
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  const t = state.t + 1;
  const ema = (old: Matrix, g: Matrix, beta: number, square: boolean) => old.map((row, i) => row.map((x, j) => beta * x + (1 - beta) * (square ? g[i][j] ** 2 : g[i][j])));
  const m = state.m.map((s, l) => ({ dW: ema(s.dW, grads[l].dW, beta1, false), db: ema(s.db, grads[l].db, beta1, false) }));
  const v = state.v.map((s, l) => ({ dW: ema(s.dW, grads[l].dW, beta2, true), db: ema(s.db, grads[l].db, beta2, true) }));
  const move = (p: Matrix, mm: Matrix, vv: Matrix) => p.map((row, i) => row.map((x, j) => x - (learningRate * (mm[i][j] / (1 - beta1 ** t))) / (Math.sqrt(vv[i][j] / (1 - beta2 ** t)) + epsilon)));
  return { layers: layers.map((layer, l) => ({ W: move(layer.W, m[l].dW, v[l].dW), b: move(layer.b, m[l].db, v[l].db) })), state: { t, m, v } };
}

export function decayedLearningRate(initial: number, decay: number, epoch: number): number {
  return initial / (1 + decay * epoch);
}
