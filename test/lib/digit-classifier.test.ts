import { describe, expect, it } from 'vitest';
import {
  DIGIT_RECIPE, confusionCounts, digitColumns, digitNetworkFromFile, digitProbabilities, digitsNetworkFile, mostLikely, splitDigits, trainDigitNetwork,
} from '../../lib/digit-classifier.ts';
import type { DigitSet } from '../../lib/digits.ts';
import { Mlp } from '../../lib/network.ts';
import { createRandom } from '../../lib/random.ts';

/** `count` random 4-pixel "images" whose label is the brightest pixel (a task a tiny network learns). */
function toySet(count: number, seed: number): DigitSet {
  const random = createRandom(seed);
  const images = Float64Array.from({ length: count * 4 }, () => random.next());
  const labels = Uint8Array.from({ length: count }, (_, j) => {
    const pixels = Array.from(images.subarray(4 * j, 4 * j + 4));
    return pixels.indexOf(Math.max(...pixels));
  });
  return { images, labels, count };
}

describe('digit classifier', () => {
  it('lays a set out as columns, one image per column', () => {
    const set = toySet(3, 1);
    const x = digitColumns(set);
    expect(x.shape).toEqual('(4×3)');
    for (let j = 0; j < 3; j++) for (let k = 0; k < 4; k++) expect(x.get(k, j)).toBe(set.images[4 * j + k]);
  });

  it('splits a set into its first n images and the rest, copying', () => {
    const set = toySet(5, 2);
    const [first, rest] = splitDigits(set, 2);
    expect([first.count, rest.count]).toEqual([2, 3]);
    expect(Array.from(rest.labels)).toEqual(Array.from(set.labels.slice(2)));
    expect(Array.from(rest.images)).toEqual(Array.from(set.images.slice(8)));
    first.images[0] = -1;
    expect(set.images[0]).not.toBe(-1);
  });

  it('counts predictions by true class (rows) and predicted class (columns)', () => {
    expect(confusionCounts([0, 1, 1, 2], [0, 1, 2, 2], 3)).toEqual([[1, 0, 0], [0, 1, 0], [0, 1, 1]]);
    expect(mostLikely([[0.1, 0.7, 0.2], [0.5, 0.5, 0]])).toEqual([1, 0]); // a tie goes to the first
  });

  it('saves a network in the course file shape and reads the same network back', () => {
    const net = new Mlp({ sizes: [4, 3, 10], hidden: 'tanh', random: createRandom(3) });
    const file = digitsNetworkFile(net, 0.5, new Date(0));
    expect(file.savedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(file.hiddenActivation).toBe('tanh');
    expect(file.layers.map((l) => [l.W.length, l.W[0].length, l.b.length, l.b[0].length])).toEqual([[3, 4, 3, 1], [10, 3, 10, 1]]);
    const set = toySet(6, 4);
    expect(digitProbabilities(digitNetworkFromFile(file), set)).toEqual(digitProbabilities(net, set));
    expect(() => digitsNetworkFile(new Mlp({ sizes: [4, 3, 10], hidden: 'elu', random: createRandom(3) }), 0.5)).toThrow(/one hidden activation/);
  });

  it('trains with the recipe, reporting every batch and the validation after every epoch', () => {
    const train = toySet(400, 5);
    const validation = toySet(100, 6);
    const batches: number[] = [];
    const recipe = { ...DIGIT_RECIPE, hiddenSizes: [16], epochs: 3 };
    const run = trainDigitNetwork(train, { recipe, validation, onProgress: ({ batch }) => batches.push(batch) });
    expect(run.batchLosses).toHaveLength(3 * Math.ceil(400 / 32));
    expect(batches.filter((b) => b === 0)).toHaveLength(3);
    expect(run.history.validationAccuracy).toHaveLength(3);
    // Ten output units for four-pixel images with four classes: the network still learns them.
    expect(run.history.validationAccuracy.at(-1)).toBeGreaterThan(0.7);
    const again = trainDigitNetwork(train, { recipe, validation });
    expect(again.batchLosses).toEqual(run.batchLosses); // the recipe's seed makes a run repeatable
  });
});
