import { describe, expect, it } from 'vitest';
import { compressColumns, createSparseColumns, gemm, gemmSparseRight, gemmTransB, gemmTransBSparseRight } from '../../lib/kernels.ts';
import { createRandom } from '../../lib/random.ts';
import { maxAbsDiff, naiveMatmul } from './helpers.ts';

const random = createRandom(23);
const array = (length: number, density = 1) =>
  Float64Array.from({ length }, () => (random.next() < density ? random.uniform(-1, 1) : 0));
const nested = (data: Float64Array, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));

describe('sparse kernels', () => {
  // (n, p, m): W is (n×p), X is (p×m); odd sizes exercise the unrolled loops' remainders.
  const shapes = [[1, 1, 1], [4, 7, 1], [5, 9, 3], [9, 13, 6], [64, 50, 32]];

  it.each(shapes)('W X skipping zeros equals the dense product (%i×%i by %i columns)', (n, p, m) => {
    for (const density of [0, 0.2, 1]) {
      const w = array(n * p);
      const x = array(p * m, density);
      const bias = array(n);
      const sparse = createSparseColumns(p, m);
      const nonzeros = compressColumns(x, sparse);
      expect(nonzeros).toBe(x.filter((v) => v !== 0).length);
      const fast = new Float64Array(n * m).fill(99);
      gemmSparseRight(w, sparse, fast, n, bias);
      const dense = new Float64Array(n * m);
      gemm(w, x, dense, n, p, m, bias);
      expect(maxAbsDiff(fast, dense)).toBeLessThan(1e-13);
      const reference = naiveMatmul(nested(w, n, p), nested(x, p, m)).flat().map((v, k) => v + bias[Math.floor(k / m)]);
      expect(maxAbsDiff(dense, reference)).toBeLessThan(1e-13);
    }
  });

  it.each(shapes)('D Xᵀ skipping zeros equals the dense product (%i×%i by %i columns)', (n, p, m) => {
    for (const density of [0, 0.2, 1]) {
      const d = array(n * m, 0.7);
      const x = array(p * m, density);
      const sparse = createSparseColumns(p, m);
      compressColumns(x, sparse);
      const fast = new Float64Array(n * p).fill(99);
      gemmTransBSparseRight(d, sparse, fast, n);
      const dense = new Float64Array(n * p);
      gemmTransB(d, x, dense, n, m, p);
      expect(maxAbsDiff(fast, dense)).toBeLessThan(1e-13);
    }
  });
});
