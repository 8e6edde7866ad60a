/** Shared helpers for the lib tests: seeded random matrices and naive references. */
import { Matrix } from '../../lib/matrix.ts';
import type { Random } from '../../lib/random.ts';

/** A (rows×cols) matrix of uniform entries in [lo, hi). */
export function randomMatrix(random: Random, rows: number, cols: number, lo = -1, hi = 1): Matrix {
  const m = new Matrix(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = random.uniform(lo, hi);
  return m;
}

/** The textbook triple loop, the reference every fast product is compared with. */
export function naiveMatmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0]?.map((_, j) => row.reduce((s, x, k) => s + x * b[k][j], 0)) ?? []);
}

export function naiveTranspose(a: number[][], cols: number): number[][] {
  return Array.from({ length: cols }, (_, j) => a.map((row) => row[j]));
}

/** The largest |a - b| over all entries. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}
