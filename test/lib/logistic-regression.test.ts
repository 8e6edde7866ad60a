import { describe, expect, it } from 'vitest';
import { blobs } from '../../lib/datasets.ts';
import { gradientCheck } from '../../lib/gradcheck.ts';
import {
  EPSILON,
  binaryCrossEntropy,
  cost,
  gradientStep,
  logisticGradients,
  predictProba,
  trainLogisticRegression,
} from '../../lib/logistic-regression.ts';
import { createRandom } from '../../lib/random.ts';

describe('logistic regression', () => {
  it('predicts σ(w · x + b)', () => {
    expect(predictProba([1, -1], 0, [2, 2])).toBe(0.5);
    expect(predictProba([1, 2], -1, [1, 1])).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(predictProba([], 0.3, [])).toBeCloseTo(1 / (1 + Math.exp(-0.3)), 15);
  });

  it('does not overflow at z = ±1000', () => {
    expect(predictProba([1], 0, [1000])).toBe(1);
    expect(predictProba([1], 0, [-1000])).toBe(0);
    expect(predictProba([1], -1000, [0])).toBe(0);
  });

  it('gives the cross-entropy of one prediction, ln 2 at a = 1/2', () => {
    expect(binaryCrossEntropy(0.5, 1)).toBeCloseTo(Math.LN2, 15);
    expect(binaryCrossEntropy(0.5, 0)).toBeCloseTo(Math.LN2, 15);
    expect(binaryCrossEntropy(0.8, 1)).toBeCloseTo(-Math.log(0.8), 15);
    expect(binaryCrossEntropy(0.8, 0)).toBeCloseTo(-Math.log(0.2), 15);
  });

  it('clips a to [ε, 1 − ε], so a = 0 and a = 1 give finite losses', () => {
    const confidentWrong = -Math.log(EPSILON);
    expect(confidentWrong).toBeCloseTo(27.631, 3);
    expect(binaryCrossEntropy(0, 1)).toBeCloseTo(confidentWrong, 10);
    expect(binaryCrossEntropy(1, 0)).toBeCloseTo(confidentWrong, 4);
    expect(binaryCrossEntropy(1, 1)).toBeGreaterThanOrEqual(0);
    expect(binaryCrossEntropy(1, 1)).toBeLessThan(1e-11);
    expect(binaryCrossEntropy(0, 0)).toBeLessThan(1e-11);
    expect(binaryCrossEntropy(0, 1, 1e-3)).toBeCloseTo(-Math.log(1e-3), 12);
  });

  it('averages the losses over the examples', () => {
    const xs = [[0], [1], [2]];
    const ys = [0, 1, 1];
    const w = [0.5];
    const b = -0.25;
    const expected = xs.reduce((s, x, i) => s + binaryCrossEntropy(predictProba(w, b, x), ys[i]), 0) / 3;
    expect(cost(w, b, xs, ys)).toBeCloseTo(expected, 15);
    expect(cost([0, 0], 0, [[1, 2], [3, 4]], [0, 1])).toBeCloseTo(Math.LN2, 15);
  });

  it('gives the gradients by hand at w = 0, b = 0 (every a = 1/2)', () => {
    // dz = (1/2, −1/2): dw = ((1/2)·1 + (−1/2)·3) / 2 = −1/2 and ((1/2)·2 + (−1/2)·4) / 2 = −1/2; db = 0.
    expect(logisticGradients([0, 0], 0, [[1, 2], [3, 4]], [0, 1])).toEqual({ dw: [-0.5, -0.5], db: 0 });
  });

  it('matches centred differences of the cost on random data', () => {
    const random = createRandom(5);
    for (let trial = 0; trial < 20; trial++) {
      const n = random.int(1, 5);
      const m = random.int(1, 20);
      const xs = Array.from({ length: m }, () => Array.from({ length: n }, () => random.uniform(-2, 2)));
      const ys = xs.map(() => random.int(0, 1));
      const params = [...Array.from({ length: n }, () => random.uniform(-1, 1)), random.uniform(-1, 1)];
      const { dw, db } = logisticGradients(params.slice(0, n), params[n], xs, ys);
      const check = gradientCheck((p: number[]) => cost(p.slice(0, n), p[n], xs, ys), params, [...dw, db]);
      expect(check.maxRelativeError).toBeLessThan(1e-7);
    }
  });

  it('steps against the gradient and leaves its inputs alone', () => {
    const w = [1, 2];
    const dw = [0.5, -1];
    const next = gradientStep(w, 3, { dw, db: 2 }, 0.1);
    expect(next).toEqual({ w: [0.95, 2.1], b: 2.8 });
    expect(next.w).not.toBe(w);
    expect(w).toEqual([1, 2]);
    expect(dw).toEqual([0.5, -1]);
  });

  it('trains to 100% accuracy on blobs with a cost that falls every epoch', () => {
    const { xs, ys } = blobs(100, createRandom(1));
    const epochs: number[] = [];
    const result = trainLogisticRegression(xs, ys, {
      learningRate: 0.5,
      epochs: 100,
      onEpoch: (epoch) => epochs.push(epoch),
    });
    expect(result.costs).toHaveLength(101);
    expect(result.costs[0]).toBeCloseTo(Math.LN2, 14);
    for (let k = 1; k < result.costs.length; k++) expect(result.costs[k]).toBeLessThan(result.costs[k - 1]);
    expect(epochs).toEqual(Array.from({ length: 101 }, (_, k) => k));
    const correct = xs.filter((x, i) => (predictProba(result.w, result.b, x) > 0.5 ? 1 : 0) === ys[i]).length;
    expect(correct).toBe(100);
  });

  it('records the costs before and after each step, and reports each epoch with its cost', () => {
    const xs = [[1], [-1], [2]];
    const ys = [1, 0, 1];
    const seen: [number, number[], number, number][] = [];
    const run = trainLogisticRegression(xs, ys, { learningRate: 0.3, epochs: 2, w: [0.1], b: -0.2, onEpoch: (...args) => seen.push(args) });
    let w = [0.1];
    let b = -0.2;
    const costs = [cost(w, b, xs, ys)];
    for (let k = 0; k < 2; k++) {
      ({ w, b } = gradientStep(w, b, logisticGradients(w, b, xs, ys), 0.3));
      costs.push(cost(w, b, xs, ys));
    }
    expect(run).toEqual({ w, b, costs });
    expect(seen.map(([epoch, , , c]) => [epoch, c])).toEqual(costs.map((c, k) => [k, c]));
    expect(seen[2][1]).toEqual(w);
    expect(trainLogisticRegression(xs, ys, { learningRate: 0.3, epochs: 0 })).toEqual({ w: [0], b: 0, costs: [Math.log(2)] });
  });

  it('does not modify the starting weights it is given', () => {
    const start = [0.5, -0.5];
    trainLogisticRegression([[1, 0]], [1], { learningRate: 1, epochs: 3, w: start });
    expect(start).toEqual([0.5, -0.5]);
  });

  it('throws on data it cannot use, naming what it expected and what came', () => {
    expect(() => predictProba([1, 2], 0, [1])).toThrow('2 features (one per weight), got 1');
    expect(() => binaryCrossEntropy(0.5, 2)).toThrow('label 0 or 1, got 2');
    expect(() => cost([1], 0, [[1], [2]], [1])).toThrow('2 examples and 1 labels');
    expect(() => cost([1], 0, [], [])).toThrow('at least one example');
    expect(() => cost([1], 0, [[1], [1, 2]], [0, 1])).toThrow('example 1 to have 1 features');
    expect(() => logisticGradients([1], 0, [[1]], [-1])).toThrow('labels 0 or 1, got ys[0] = -1');
    expect(() => logisticGradients([1], 0, [], [])).toThrow('at least one example');
    expect(() => gradientStep([1, 2], 0, { dw: [1], db: 0 }, 0.1)).toThrow('dw to have 2');
    expect(() => trainLogisticRegression([[1]], [1], { learningRate: 0, epochs: 1 })).toThrow('learning rate greater than 0, got 0');
    expect(() => trainLogisticRegression([[1]], [1], { learningRate: Number.NaN, epochs: 1 })).toThrow('learning rate');
    expect(() => trainLogisticRegression([[1]], [1], { learningRate: 0.1, epochs: 1.5 })).toThrow('whole number of epochs');
    expect(() => trainLogisticRegression([[1]], [1], { learningRate: 0.1, epochs: -1 })).toThrow('whole number of epochs');
    expect(() => trainLogisticRegression([], [], { learningRate: 0.1, epochs: 1 })).toThrow('at least one example');
    expect(() => trainLogisticRegression([[1]], [1], { learningRate: 0.1, epochs: 1, w: [0, 0] })).toThrow('example 0 to have 2 features');
  });
});
