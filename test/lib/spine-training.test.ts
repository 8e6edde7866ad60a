import { describe, expect, it } from 'vitest';
import { XOR } from '../../lib/logic-gates.ts';
import { createRandom } from '../../lib/random.ts';
import { spineInitialLayers, spineNetwork, spineTrainingRun } from '../../lib/spine-training.ts';
import { Matrix } from '../../lib/matrix.ts';

const xor = () => {
  const { xs, ys } = XOR();
  return { X: [xs.map((x) => x[0]), xs.map((x) => x[1])], Y: [ys.map((y) => 1 - y), ys] };
};

describe('spine training', () => {
  it('starts from N(0, 1/n) weights drawn row by row, layer after layer, and zero biases', () => {
    const layers = spineInitialLayers([3, 2, 4], 11);
    const random = createRandom(11);
    const draws = Array.from({ length: 6 + 8 }, () => random.gaussian());
    expect(layers.map((l) => [l.W.length, l.W[0].length, l.b.length])).toEqual([[2, 3, 2], [4, 2, 4]]);
    expect(layers[0].W.flat()).toEqual(draws.slice(0, 6).map((g) => g * Math.sqrt(1 / 3)));
    expect(layers[1].W.flat()).toEqual(draws.slice(6).map((g) => g * Math.sqrt(1 / 2)));
    expect(layers.flatMap((l) => l.b.flat())).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('with no epochs, returns the initial network and its cost', () => {
    const { X, Y } = xor();
    const options = { sizes: [2, 3, 2], hiddenActivation: 'tanh', learningRate: 0.5, epochs: 0, batchSize: 2, seed: 4 } as const;
    const run = spineTrainingRun(X, Y, options);
    expect(run.layers).toEqual(spineInitialLayers(options.sizes, 4));
    expect(run.costs).toEqual([spineNetwork(options, run.layers).loss(Matrix.from(X), Matrix.from(Y))]);
  });

  it('solves XOR (2-4-2 tanh, 300 epochs in batches of 2), the cost falling to below 0.05', () => {
    const { X, Y } = xor();
    const run = spineTrainingRun(X, Y, { sizes: [2, 4, 2], hiddenActivation: 'tanh', learningRate: 0.5, epochs: 300, batchSize: 2, seed: 1 });
    expect(run.costs).toHaveLength(301);
    expect(run.accuracies.at(-1)).toBe(1);
    expect(run.costs.at(-1)).toBeLessThan(0.05);
  });
});
