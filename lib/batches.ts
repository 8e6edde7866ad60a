/**
 * Mini-batches: an epoch is one pass over the examples in a fresh random order, cut into batches
 * of `batchSize` columns; the last batch keeps whatever is left (it may be smaller), so every
 * example is seen exactly once per epoch.
 */
import { Matrix } from './matrix.ts';
import type { Random } from './random.ts';

/** How many updates one epoch makes: ⌈count / batchSize⌉ (55,000 examples in batches of 100: 550). */
export function iterationsPerEpoch(count: number, batchSize: number): number {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`iterationsPerEpoch: the batch size must be a whole number ≥ 1, got ${batchSize}`);
  return Math.ceil(count / batchSize);
}

/**
 * The example indices of each batch of one epoch: shuffled by `random` when it is given, in order
 * otherwise.
 */
export function batchIndices(count: number, batchSize: number, random?: Random): number[][] {
  const batches = iterationsPerEpoch(count, batchSize);
  let order = Array.from({ length: count }, (_, i) => i);
  if (random) order = random.shuffle(order);
  return Array.from({ length: batches }, (_, b) => order.slice(b * batchSize, (b + 1) * batchSize));
}

/** The columns `indices` of x, in that order, as a (rows × indices.length) matrix. */
export function gatherColumns(x: Matrix, indices: ArrayLike<number>, out?: Matrix): Matrix {
  const m = indices.length;
  if (out && (out.rows !== x.rows || out.cols !== m)) {
    throw new RangeError(`gatherColumns: the output is ${out.shape} but ${m} columns of a ${x.shape} matrix make (${x.rows}×${m})`);
  }
  const batch = out ?? new Matrix(x.rows, m);
  for (let j = 0; j < m; j++) {
    const c = indices[j];
    if (!(c >= 0 && c < x.cols)) throw new RangeError(`gatherColumns: column ${c} is outside a ${x.shape} matrix`);
  }
  const src = x.data;
  const dst = batch.data;
  const cols = x.cols;
  for (let i = 0; i < x.rows; i++) {
    for (let j = 0; j < m; j++) dst[i * m + j] = src[i * cols + indices[j]];
  }
  return batch;
}

/**
 * The same examples stored one per row: the (count × features) transpose of x. Made once before
 * training, so that gathering a batch reads each example as one contiguous run of memory.
 */
export function examplesAsRows(x: Matrix): Matrix {
  const { rows, cols } = x;
  const t = new Matrix(cols, rows);
  const src = x.data;
  const dst = t.data;
  // In square tiles, so that both the reads and the writes of a tile stay in the cache.
  const tile = 32;
  for (let i0 = 0; i0 < rows; i0 += tile) {
    const i1 = Math.min(i0 + tile, rows);
    for (let j0 = 0; j0 < cols; j0 += tile) {
      const j1 = Math.min(j0 + tile, cols);
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) dst[j * rows + i] = src[i * cols + j];
      }
    }
  }
  return t;
}

/**
 * The batch of examples `indices` as columns (features × indices.length), from examples stored
 * as rows (see examplesAsRows). Equal to gatherColumns(x, indices), but much faster on a large
 * data set: gathering columns reads one number per cache line from all over memory, while here
 * each example is one contiguous read. Four examples are copied side by side, so that each row
 * of the batch is written four neighbouring entries at a time.
 */
export function gatherExamples(rows: Matrix, indices: ArrayLike<number>, out?: Matrix): Matrix {
  const m = indices.length;
  const features = rows.cols;
  if (out && (out.rows !== features || out.cols !== m)) {
    throw new RangeError(`gatherExamples: the output is ${out.shape} but ${m} examples of ${features} features make (${features}×${m})`);
  }
  for (let j = 0; j < m; j++) {
    const e = indices[j];
    if (!(e >= 0 && e < rows.rows)) throw new RangeError(`gatherExamples: example ${e} is outside a ${rows.shape} matrix of examples as rows`);
  }
  const batch = out ?? new Matrix(features, m);
  const src = rows.data;
  const dst = batch.data;
  let j = 0;
  for (; j + 3 < m; j += 4) {
    const s0 = indices[j] * features;
    const s1 = indices[j + 1] * features;
    const s2 = indices[j + 2] * features;
    const s3 = indices[j + 3] * features;
    for (let k = 0; k < features; k++) {
      const d = k * m + j;
      dst[d] = src[s0 + k];
      dst[d + 1] = src[s1 + k];
      dst[d + 2] = src[s2 + k];
      dst[d + 3] = src[s3 + k];
    }
  }
  for (; j < m; j++) {
    const s0 = indices[j] * features;
    for (let k = 0; k < features; k++) dst[k * m + j] = src[s0 + k];
  }
  return batch;
}

/** The (x, y) mini-batches of one epoch, as new matrices; x and y hold one example per column. */
export function miniBatches(x: Matrix, y: Matrix, batchSize: number, random?: Random): { x: Matrix; y: Matrix }[] {
  if (x.cols !== y.cols) throw new RangeError(`miniBatches: ${x.cols} examples in x (${x.shape}) but ${y.cols} in y (${y.shape})`);
  return batchIndices(x.cols, batchSize, random).map((indices) => ({ x: gatherColumns(x, indices), y: gatherColumns(y, indices) }));
}
