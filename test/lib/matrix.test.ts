import { describe, expect, it } from 'vitest';
import {
  Matrix, add, addBias, argmaxCols, colSums, map, matmul, matmulTransA, matmulTransB, mul, oneHot, rowSums, scale,
  sub, sum, transpose,
} from '../../lib/matrix.ts';
import { createRandom } from '../../lib/random.ts';
import { maxAbsDiff, naiveMatmul, naiveTranspose, randomMatrix } from './helpers.ts';

describe('Matrix', () => {
  it('round-trips nested arrays and reads entries row-major', () => {
    const m = Matrix.from([[1, 2, 3], [4, 5, 6]]);
    expect([m.rows, m.cols, m.shape]).toEqual([2, 3, '(2×3)']);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.get(1, 0)).toBe(4);
    expect(m.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(m.column(2)).toEqual([3, 6]);
    expect(Matrix.column([7, 8]).shape).toBe('(2×1)');
    expect(Matrix.filled(2, 2, 3).toArray()).toEqual([[3, 3], [3, 3]]);
    expect(Matrix.zeros(1, 2).toArray()).toEqual([[0, 0]]);
  });

  it('refuses ragged rows and data of the wrong length', () => {
    expect(() => Matrix.from([[1, 2], [3]])).toThrow('row 0 has 2 entries but row 1 has 1');
    expect(() => new Matrix(2, 2, new Float64Array(3))).toThrow('(2×2) matrix needs 4 numbers, got 3');
  });

  it('clones without sharing storage', () => {
    const m = Matrix.from([[1]]);
    const c = m.clone();
    c.set(0, 0, 2);
    expect(m.get(0, 0)).toBe(1);
  });
});

describe('products', () => {
  const random = createRandom(11);
  const shapes = [[1, 1, 1], [1, 5, 1], [3, 4, 2], [7, 3, 9], [5, 8, 1], [1, 6, 7], [13, 17, 11], [2, 33, 3]];

  it('matmul matches the triple loop on random shapes', () => {
    for (const [n, p, m] of shapes) {
      const a = randomMatrix(random, n, p);
      const b = randomMatrix(random, p, m);
      const c = matmul(a, b);
      expect(c.shape).toBe(`(${n}×${m})`);
      expect(maxAbsDiff(c.data, naiveMatmul(a.toArray(), b.toArray()).flat())).toBeLessThan(1e-12);
    }
  });

  it('A Bᵀ and Aᵀ B match the triple loop on the transposed operand', () => {
    for (const [n, p, m] of shapes) {
      const a = randomMatrix(random, n, p);
      const bt = randomMatrix(random, m, p);
      const expected = naiveMatmul(a.toArray(), naiveTranspose(bt.toArray(), p)).flat();
      expect(maxAbsDiff(matmulTransB(a, bt).data, expected)).toBeLessThan(1e-12);
      const at = randomMatrix(random, p, n);
      const b = randomMatrix(random, p, m);
      const expectedA = naiveMatmul(naiveTranspose(at.toArray(), n), b.toArray()).flat();
      expect(maxAbsDiff(matmulTransA(at, b).data, expectedA)).toBeLessThan(1e-12);
    }
  });

  it('writes into a preallocated output, overwriting what was there', () => {
    const a = randomMatrix(random, 3, 4);
    const b = randomMatrix(random, 4, 2);
    const out = Matrix.filled(3, 2, 99);
    expect(matmul(a, b, out)).toBe(out);
    expect(maxAbsDiff(out.data, matmul(a, b).data)).toBe(0);
    const outT = Matrix.filled(3, 4, 99);
    matmulTransB(out, randomMatrix(random, 4, 2), outT);
    expect(outT.data.includes(99)).toBe(false);
  });

  it('names the operation and both shapes when they do not fit', () => {
    expect(() => matmul(new Matrix(3, 4), new Matrix(5, 2))).toThrow(
      'matmul: cannot multiply a (3×4) matrix by a (5×2) one: 4 columns vs 5 rows',
    );
    expect(() => matmulTransB(new Matrix(3, 4), new Matrix(2, 5))).toThrow(/matmulTransB.*\(3×4\).*\(2×5\)/);
    expect(() => matmulTransA(new Matrix(3, 4), new Matrix(2, 5))).toThrow(/matmulTransA.*\(3×4\).*\(2×5\)/);
    expect(() => matmul(new Matrix(3, 4), new Matrix(4, 2), new Matrix(2, 3))).toThrow(
      'matmul: the output is (2×3) but the result is (3×2)',
    );
    expect(() => add(new Matrix(2, 3), new Matrix(3, 2))).toThrow('add: the shapes must match, got (2×3) and (3×2)');
    expect(() => addBias(new Matrix(2, 3), new Matrix(3, 1))).toThrow('addBias: a (2×3) matrix needs a (2×1) bias column, got (3×1)');
  });
});

describe('element-wise operations and reductions', () => {
  const a = Matrix.from([[1, -2, 3], [4, 5, -6]]);
  const b = Matrix.from([[2, 2, 2], [0.5, 1, 3]]);

  it('adds, subtracts, multiplies and scales entry by entry', () => {
    expect(add(a, b).toArray()).toEqual([[3, 0, 5], [4.5, 6, -3]]);
    expect(sub(a, b).toArray()).toEqual([[-1, -4, 1], [3.5, 4, -9]]);
    expect(mul(a, b).toArray()).toEqual([[2, -4, 6], [2, 5, -18]]);
    expect(scale(a, -2).toArray()).toEqual([[-2, 4, -6], [-8, -10, 12]]);
    expect(map(a, (x, i, j) => x * 10 + i + j).toArray()).toEqual([[10, -19, 32], [41, 52, -57]]);
  });

  it('can work in place', () => {
    const c = a.clone();
    add(c, b, c);
    expect(c.toArray()).toEqual([[3, 0, 5], [4.5, 6, -3]]);
  });

  it('broadcasts a bias column to every example', () => {
    expect(addBias(a, Matrix.column([10, 100])).toArray()).toEqual([[11, 8, 13], [104, 105, 94]]);
  });

  it('sums rows into a column, columns into a row, and everything', () => {
    expect(rowSums(a).toArray()).toEqual([[2], [3]]);
    expect(colSums(a).toArray()).toEqual([[5, 3, -3]]);
    expect(sum(a)).toBe(5);
  });

  it('transposes and finds the largest entry of each column (first one on ties)', () => {
    expect(transpose(a).toArray()).toEqual([[1, 4], [-2, 5], [3, -6]]);
    expect(argmaxCols(a)).toEqual([1, 1, 0]);
    expect(argmaxCols(Matrix.from([[1, 0], [1, 0]]))).toEqual([0, 0]);
  });

  it('builds one-hot columns and rejects labels out of range', () => {
    expect(oneHot([2, 0], 3).toArray()).toEqual([[0, 1], [0, 0], [1, 0]]);
    expect(() => oneHot([3], 3)).toThrow('label 3 at position 0 is not one of 0..2');
  });
});
