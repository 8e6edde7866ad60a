// A correct chapter 6 as a beginner writes it: matmul as three nested loops in the textbook
// order (i, j, then the sum over p, reading B down its columns), everything else with map and
// reduce, a new array at every step. The capstone must pass this within its deadline:
// `npm run bench:capstone` times it beside the solution.
import { createRandom } from '../../../lib/random.ts';

export type Matrix = number[][];
export type Activation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax';
export interface Layer {
  W: Matrix;
  b: Matrix;
}
export interface LayerCache {
  aPrev: Matrix;
  W: Matrix;
  b: Matrix;
  Z: Matrix;
  A: Matrix;
  activation: Activation;
}
export interface ForwardResult {
  AL: Matrix;
  caches: LayerCache[];
}

const shape = (a: Matrix) => `(${a.length}×${a[0]?.length ?? 0})`;

export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a[0].length !== b.length) throw new Error(`matmul: cannot multiply ${shape(a)} by ${shape(b)}`);
  const out: Matrix = [];
  for (let i = 0; i < a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < b[0].length; j++) {
      let sum = 0;
      for (let p = 0; p < b.length; p++) sum += a[i][p] * b[p][j];
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

export function transpose(a: Matrix): Matrix {
  return a[0].map((_, j) => a.map((row) => row[j]));
}

export function addBias(z: Matrix, b: Matrix): Matrix {
  return z.map((row, i) => row.map((v) => v + b[i][0]));
}

function softmaxColumn(column: number[]): number[] {
  const max = column.reduce((m, v) => Math.max(m, v), -Infinity);
  const exps = column.map((v) => Math.exp(v - max));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}

function activate(z: Matrix, activation: Activation): Matrix {
  if (activation === 'relu') return z.map((row) => row.map((v) => (v > 0 ? v : 0)));
  if (activation === 'sigmoid') return z.map((row) => row.map((v) => 1 / (1 + Math.exp(-v))));
  if (activation === 'tanh') return z.map((row) => row.map((v) => Math.tanh(v)));
  if (activation === 'softmax') return transpose(transpose(z).map(softmaxColumn));
  return z.map((row) => [...row]);
}

export function denseForward(aPrev: Matrix, layer: Layer, activation: Activation): LayerCache {
  const Z = addBias(matmul(layer.W, aPrev), layer.b);
  return { aPrev, W: layer.W, b: layer.b, Z, A: activate(Z, activation), activation };
}

export function initializeParameters(sizes: number[], seed: number): Layer[] {
  const random = createRandom(seed);
  const layers: Layer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const W = Array.from({ length: sizes[l] }, () => Array.from({ length: sizes[l - 1] }, () => random.gaussian() * Math.sqrt(1 / sizes[l - 1])));
    layers.push({ W, b: Array.from({ length: sizes[l] }, () => [0]) });
  }
  return layers;
}

export function forwardPropagation(X: Matrix, layers: Layer[], activations: Activation[]): ForwardResult {
  const caches: LayerCache[] = [];
  let A = X;
  layers.forEach((layer, l) => {
    const cache = denseForward(A, layer, activations[l]);
    caches.push(cache);
    A = cache.A;
  });
  return { AL: A, caches };
}
