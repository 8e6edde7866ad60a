import { describe, expect, it } from 'vitest';
import { batchIndices, examplesAsRows, gatherColumns, gatherExamples, iterationsPerEpoch, miniBatches } from '../../lib/batches.ts';
import { Matrix, oneHot, transpose } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';
import { Momentum, inverseTimeDecay } from '../../lib/optim.ts';
import { createRandom } from '../../lib/random.ts';
import { type TrainingProgress, train } from '../../lib/train.ts';

describe('mini-batches', () => {
  it('counts iterations per epoch like the notes: 55,000 examples in batches of 100 make 550', () => {
    expect(iterationsPerEpoch(55_000, 100)).toBe(550);
    expect(iterationsPerEpoch(10, 3)).toBe(4);
    expect(() => iterationsPerEpoch(10, 0)).toThrow('a whole number ≥ 1, got 0');
  });

  it('covers every example once per epoch, keeping the last partial batch', () => {
    const batches = batchIndices(10, 4, createRandom(1));
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(batchIndices(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(batchIndices(10, 4, createRandom(1))).toEqual(batches); // seeded
    expect(batchIndices(10, 4, createRandom(2))).not.toEqual(batches);
  });

  it('cuts columns (examples), keeping inputs and targets together', () => {
    const x = Matrix.from([[0, 1, 2, 3, 4], [10, 11, 12, 13, 14]]);
    const y = Matrix.from([[0, 1, 2, 3, 4]]);
    const batches = miniBatches(x, y, 2, createRandom(3));
    expect(batches.map((b) => b.x.cols)).toEqual([2, 2, 1]);
    for (const b of batches) {
      for (let j = 0; j < b.x.cols; j++) expect(b.x.column(j)).toEqual([b.y.get(0, j), b.y.get(0, j) + 10]);
    }
    expect(gatherColumns(x, [4, 0]).toArray()).toEqual([[4, 0], [14, 10]]);
    expect(() => miniBatches(x, new Matrix(1, 4), 2)).toThrow('5 examples in x');
    expect(() => gatherColumns(x, [5])).toThrow('column 5 is outside a (2×5) matrix');
  });
});

describe('train', () => {
  // Two Gaussian blobs per class in 2-D, four classes: learnable, not linearly trivial.
  function blobs(count: number, seed: number) {
    const random = createRandom(seed);
    const centres = [[-2, -2], [2, 2], [-2, 2], [2, -2]];
    const labels = Array.from({ length: count }, (_, j) => j % 4);
    const x = new Matrix(2, count);
    labels.forEach((label, j) => {
      x.set(0, j, centres[label][0] + 0.6 * random.gaussian());
      x.set(1, j, centres[label][1] + 0.6 * random.gaussian());
    });
    return { x, y: oneHot(labels, 4), labels };
  }

  it('reports progress after every batch and returns a history that shows learning', () => {
    const data = blobs(203, 1);
    const net = new Mlp({ sizes: [2, 16, 4], random: createRandom(2) });
    const seen: TrainingProgress[] = [];
    const history = train(net, data, {
      epochs: 5,
      batchSize: 20,
      learningRate: 0.2,
      random: createRandom(3),
      onProgress: (p) => seen.push(p),
      validation: blobs(100, 4),
    });
    expect(seen).toHaveLength(5 * 11);
    expect(seen[10]).toMatchObject({ epoch: 0, batch: 10, batches: 11 });
    expect(seen.every((p) => Number.isFinite(p.loss) && p.accuracy >= 0 && p.accuracy <= 1)).toBe(true);
    expect(history.loss).toHaveLength(5);
    expect(history.loss[4]).toBeLessThan(history.loss[0]);
    expect(history.validationAccuracy[4]).toBeGreaterThan(0.95);
    expect(net.accuracy(data.x, data.labels)).toBeGreaterThan(0.95);
  });

  it('is reproducible from its seeds, and takes an optimiser, a schedule and a penalty', () => {
    const run = () => {
      const net = new Mlp({ sizes: [2, 8, 4], dropout: 0.1, random: createRandom(5) });
      const optimizer = new Momentum(0.05, 0.9);
      const rates: number[] = [];
      const history = train(net, blobs(64, 6), {
        epochs: 3,
        batchSize: 16,
        optimizer,
        schedule: (epoch) => inverseTimeDecay(0.05, 1, epoch),
        regularization: { kind: 'l2', lambda: 0.01 },
        random: createRandom(7),
        onProgress: (p) => p.batch === 0 && rates.push(optimizer.learningRate),
      });
      return { history, rates, weights: net.toJSON().weights };
    };
    const a = run();
    expect(a.rates).toEqual([0.05, 0.025, 0.05 / 3]);
    expect(run()).toEqual(a);
  });
});

describe('gathering examples stored as rows', () => {
  it('gives the same batches as gathering columns, for any batch size', () => {
    const random = createRandom(12);
    const x = new Matrix(5, 23, Float64Array.from({ length: 5 * 23 }, () => random.uniform(-1, 1)));
    const rows = examplesAsRows(x);
    expect(rows.shape).toBe('(23×5)');
    expect(rows.toArray()).toEqual(transpose(x).toArray());
    for (const m of [1, 3, 4, 7, 23]) {
      const indices = random.shuffle(Array.from({ length: 23 }, (_, i) => i)).slice(0, m);
      expect(gatherExamples(rows, indices).toArray()).toEqual(gatherColumns(x, indices).toArray());
    }
    expect(() => gatherExamples(rows, [23])).toThrow('example 23 is outside a (23×5) matrix');
  });
});
