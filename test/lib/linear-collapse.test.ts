import { describe, expect, it } from 'vitest';
import { collapseLinearLayers } from '../../lib/linear-collapse.ts';
import { createRandom } from '../../lib/random.ts';

const apply = (W: number[][], b: number[], x: number[]) => W.map((row, i) => row.reduce((s, w, k) => s + w * x[k], b[i]));

describe('collapseLinearLayers', () => {
  it('collapses a hand-checkable pair: W = W2 W1, b = W2 b1 + b2', () => {
    const { W, b } = collapseLinearLayers([[1, 2], [3, 4]], [1, -1], [[2, 0], [1, 1]], [0.5, 0]);
    expect(W).toEqual([[2, 4], [4, 6]]);
    expect(b).toEqual([2.5, 0]);
  });

  it('computes what the two layers compute, for random non-square shapes', () => {
    const random = createRandom(3);
    for (let trial = 0; trial < 20; trial++) {
      const [n0, n1, n2] = [random.int(1, 5), random.int(1, 5), random.int(1, 5)];
      const matrix = (r: number, c: number) => Array.from({ length: r }, () => Array.from({ length: c }, () => random.uniform(-2, 2)));
      const W1 = matrix(n1, n0);
      const W2 = matrix(n2, n1);
      const b1 = matrix(1, n1)[0];
      const b2 = matrix(1, n2)[0];
      const x = matrix(1, n0)[0];
      const one = collapseLinearLayers(W1, b1, W2, b2);
      const two = apply(W2, b2, apply(W1, b1, x));
      apply(one.W, one.b, x).forEach((v, i) => expect(v).toBeCloseTo(two[i], 12));
    }
  });

  it('names the shapes that do not fit', () => {
    expect(() => collapseLinearLayers([[1, 2]], [0], [[1, 2]], [0])).toThrow('W2 has 2 columns but W1 has 1 rows');
    expect(() => collapseLinearLayers([[1], [2]], [0], [[1, 2]], [0])).toThrow('b1 needs 2 entries, got 1');
    expect(() => collapseLinearLayers([[1]], [0], [[1]], [0, 1])).toThrow('b2 needs 1 entries, got 2');
    expect(() => collapseLinearLayers([[1, 2], [3]], [0, 0], [[1, 1]], [0])).toThrow('W1 is ragged');
    expect(() => collapseLinearLayers([], [], [[1]], [0])).toThrow('W1 needs at least one row');
  });
});
