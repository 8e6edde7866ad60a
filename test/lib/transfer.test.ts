import { describe, expect, it } from 'vitest';
import { Matrix } from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import type { SpineLayer } from '../../lib/spine-training.ts';
import { frozenNetwork, frozenTrainingRun } from '../../lib/transfer.ts';

const random = createRandom(5);
const draw = (rows: number, cols: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => random.gaussian()));
const layers: SpineLayer[] = [{ W: draw(3, 2), b: draw(3, 1) }, { W: draw(3, 3), b: draw(3, 1) }, { W: draw(2, 3), b: draw(2, 1) }];
const velocities = layers.map(({ W, b }) => ({ dW: draw(W.length, W[0].length), db: draw(b.length, 1) }));
const X = draw(2, 4);
const Y = [[1, 0, 0, 1], [0, 1, 1, 0]];
const activations = ['tanh', 'relu', 'softmax'] as const;
const cost = (ls: SpineLayer[]) => frozenNetwork(ls, activations).loss(Matrix.from(X), Matrix.from(Y));

describe('frozen training', () => {
  it('leaves the frozen layers and their velocities exactly as given, with momentum and weight decay at work', () => {
    const run = frozenTrainingRun(X, Y, layers, { frozen: 2, activations, learningRate: 0.2, momentum: 0.9, weightDecay: 0.5, epochs: 3, batchSize: 2, seed: 1, velocities });
    expect(run.layers.slice(0, 2)).toEqual(layers.slice(0, 2));
    expect(run.velocities.slice(0, 2)).toEqual(velocities.slice(0, 2));
    expect(run.layers[2].W).not.toEqual(layers[2].W);
  });

  it('takes one momentum step with weight decay on the trained layers: v ← βv + ∇J + (λ/m)W, θ ← θ − ηv, ∇J by centred differences', () => {
    const [eta, beta, lambda, m] = [0.2, 0.9, 0.5, 4];
    const run = frozenTrainingRun(X, Y, layers, { frozen: 1, activations, learningRate: eta, momentum: beta, weightDecay: lambda, epochs: 1, batchSize: m, seed: 1, velocities });
    const h = 1e-6;
    for (let l = 1; l < layers.length; l++) {
      for (const [p, dp] of [['W', 'dW'], ['b', 'db']] as const) {
        layers[l][p].forEach((row, i) => row.forEach((value, j) => {
          const nudged = (d: number) => {
            const copy: SpineLayer[] = structuredClone(layers);
            copy[l][p][i][j] += d;
            return cost(copy);
          };
          const gradient = (nudged(h) - nudged(-h)) / (2 * h) + (p === 'W' ? (lambda / m) * value : 0);
          const v = beta * velocities[l][dp][i][j] + gradient;
          expect(run.velocities[l][dp][i][j], `velocity of layer ${l + 1} ${p}[${i}][${j}]`).toBeCloseTo(v, 7);
          expect(run.layers[l][p][i][j], `layer ${l + 1} ${p}[${i}][${j}]`).toBeCloseTo(value - eta * v, 7);
        }));
      }
    }
    expect(run.layers[0]).toEqual(layers[0]);
  });

  it('with every layer frozen, changes nothing and records the same cost every epoch', () => {
    const run = frozenTrainingRun(X, Y, layers, { frozen: 3, activations, learningRate: 0.2, momentum: 0.9, weightDecay: 0.5, epochs: 2, batchSize: 2, seed: 1, velocities });
    expect(run.layers).toEqual(layers);
    expect(run.costs).toEqual([cost(layers), cost(layers), cost(layers)]);
  });
});
