import { describe, expect, it } from 'vitest';
import { autoencoderNetwork, autoencoderRun, reconstructionError } from '../../lib/autoencoder.ts';
import { Matrix } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { type SpineLayer, spineInitialLayers } from '../../lib/spine-training.ts';

type Rows = number[][];

/** The cost chapter 7's gradients belong to: (1/m) Σ over examples of Σ over pixels of the binary cross-entropy. */
function summedCrossEntropy(layers: SpineLayer[], X: Rows, hidden: 'relu' | 'sigmoid' | 'tanh'): number {
  const out = autoencoderNetwork(hidden, layers).forward(Matrix.from(X));
  const m = X[0].length;
  let s = 0;
  X.forEach((row, i) => row.forEach((x, j) => {
    const p = out.data[i * m + j];
    s -= x * Math.log(p) + (1 - x) * Math.log(1 - p);
  }));
  return s / m;
}

describe('autoencoder', () => {
  const random = createRandom(3);
  const X = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => Math.round(random.next() * 10) / 10));

  it('with no epochs, returns the course initialisation and its reconstruction error (the mean squared error over every pixel)', () => {
    const run = autoencoderRun(X, { bottleneck: 2, hiddenActivation: 'tanh', learningRate: 0.5, epochs: 0, batchSize: 2, seed: 7 });
    const layers = spineInitialLayers([5, 2, 5], 7);
    expect(run.layers).toEqual(layers);
    const out = autoencoderNetwork('tanh', layers).forward(Matrix.from(X));
    const mse = X.flatMap((row, i) => row.map((x, j) => (out.data[i * 4 + j] - x) ** 2)).reduce((a, b) => a + b, 0) / 20;
    expect(run.costs).toHaveLength(1);
    expect(run.costs[0]).toBeCloseTo(mse, 14);
    expect(reconstructionError(autoencoderNetwork('tanh', layers), Matrix.from(X))).toBeCloseTo(mse, 14);
  });

  it("takes chapter 7's step: one epoch in one batch is θ − η ∇J for J the cross-entropy summed over pixels, by centred differences", () => {
    const eta = 0.3;
    const start = spineInitialLayers([5, 2, 5], 7);
    const run = autoencoderRun(X, { bottleneck: 2, hiddenActivation: 'tanh', learningRate: eta, epochs: 1, batchSize: 4, seed: 7 });
    const h = 1e-6;
    start.forEach((layer, l) => {
      for (const p of ['W', 'b'] as const) {
        layer[p].forEach((row, i) => row.forEach((_, j) => {
          const nudged = (d: number) => {
            const copy: SpineLayer[] = structuredClone(start);
            copy[l][p][i][j] += d;
            return summedCrossEntropy(copy, X, 'tanh');
          };
          const gradient = (nudged(h) - nudged(-h)) / (2 * h);
          expect(run.layers[l][p][i][j], `layer ${l + 1} ${p}[${i}][${j}]`).toBeCloseTo(start[l][p][i][j] - eta * gradient, 7);
        }));
      }
    });
  });

  it('lowers the reconstruction error of a few bars over some epochs', () => {
    const bars = Array.from({ length: 9 }, (_, p) => Array.from({ length: 6 }, (_, k) => (k < 3 ? Math.floor(p / 3) === k : p % 3 === k - 3) ? 1 : 0));
    const run = autoencoderRun(bars, { bottleneck: 3, hiddenActivation: 'relu', learningRate: 0.5, epochs: 8, batchSize: 2, seed: 3 });
    expect(run.costs.at(-1)!).toBeLessThan(run.costs[0] * 0.8);
  });
});
