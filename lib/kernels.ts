/**
 * The few loops where lib/ spends its time, on raw row-major Float64Arrays. Everything else in
 * lib/ is written for reading; these are written for speed, and each says why it is fast.
 *
 * Shared ideas:
 * - Row-major storage puts a row's entries next to each other, so every innermost loop here walks
 *   a row (contiguous memory) rather than a column (a jump of a whole row per step).
 * - JavaScript engines do not vectorise loops, so what counts is loads and stores per
 *   multiply-add. Unrolling by 4 lets one load or store of the output serve four multiply-adds.
 * - Nothing here allocates: callers pass the output, so a training step can reuse its buffers.
 * - Every kernel is exact: the same arithmetic as the textbook formula, only reordered (floating
 *   point sums may differ in the last bits from a different summation order).
 */

/**
 * C = A B (+ bias), with A (n×p), B (p×m), C (n×m). When `bias` (length n) is given, row i of C
 * starts from bias[i] instead of 0: that is the forward pass Z = W X + b in one sweep.
 */
export function gemm(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  n: number,
  p: number,
  m: number,
  bias?: Float64Array,
): void {
  gemmStrided(a, p, 1, b, c, n, p, m, bias);
}

/**
 * C = Aᵀ B with A (p×n), B (p×m), C (n×m), without forming Aᵀ. In backprop this is
 * dA_prev = Wᵀ dZ. The same loops as gemm: only the coefficients are read down A's columns.
 */
export function gemmTransA(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  n: number,
  p: number,
  m: number,
): void {
  gemmStrided(a, 1, n, b, c, n, p, m);
}

/**
 * C = A B where the coefficient A(i, k) is a[i * rowStride + k * colStride] (so A may be stored
 * transposed), B (p×m) and C (n×m) row-major.
 *
 * Fast because of the i-k-j loop order and a 2×4 register block. For rows i, i+1 of C and four
 * values of k, the innermost loop walks along rows of B and C (contiguous memory); each of the
 * four B values it loads serves both rows of C, and each load and store of C serves four
 * multiply-adds: 8 loads and stores per 8 multiply-adds, where the textbook loop needs 24.
 */
function gemmStrided(
  a: Float64Array,
  rowStride: number,
  colStride: number,
  b: Float64Array,
  c: Float64Array,
  n: number,
  p: number,
  m: number,
  bias?: Float64Array,
): void {
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const c0 = i * m;
    const c1 = c0 + m;
    c.fill(bias ? bias[i] : 0, c0, c1);
    c.fill(bias ? bias[i + 1] : 0, c1, c1 + m);
    const r0 = i * rowStride;
    const r1 = r0 + rowStride;
    let k = 0;
    for (; k + 3 < p; k += 4) {
      const k0 = k * colStride;
      const k1 = k0 + colStride;
      const k2 = k1 + colStride;
      const k3 = k2 + colStride;
      const x00 = a[r0 + k0];
      const x01 = a[r0 + k1];
      const x02 = a[r0 + k2];
      const x03 = a[r0 + k3];
      const x10 = a[r1 + k0];
      const x11 = a[r1 + k1];
      const x12 = a[r1 + k2];
      const x13 = a[r1 + k3];
      const b0 = k * m;
      const b1 = b0 + m;
      const b2 = b1 + m;
      const b3 = b2 + m;
      for (let j = 0; j < m; j++) {
        const y0 = b[b0 + j];
        const y1 = b[b1 + j];
        const y2 = b[b2 + j];
        const y3 = b[b3 + j];
        c[c0 + j] += x00 * y0 + x01 * y1 + x02 * y2 + x03 * y3;
        c[c1 + j] += x10 * y0 + x11 * y1 + x12 * y2 + x13 * y3;
      }
    }
    for (; k < p; k++) {
      const x0 = a[r0 + k * colStride];
      const x1 = a[r1 + k * colStride];
      const b0 = k * m;
      for (let j = 0; j < m; j++) {
        const y = b[b0 + j];
        c[c0 + j] += x0 * y;
        c[c1 + j] += x1 * y;
      }
    }
  }
  if (i < n) {
    // The last row when n is odd.
    const c0 = i * m;
    c.fill(bias ? bias[i] : 0, c0, c0 + m);
    for (let k = 0; k < p; k++) {
      const x0 = a[i * rowStride + k * colStride];
      const b0 = k * m;
      for (let j = 0; j < m; j++) c[c0 + j] += x0 * b[b0 + j];
    }
  }
}

/**
 * C = A Bᵀ with A (n×p), B (m×p), C (n×m), without forming Bᵀ. In backprop this is
 * dW = dZ A_prevᵀ.
 *
 * Each entry is a dot product of row i of A with row j of B, both contiguous. Fast because of a
 * 2×2 register block: four sums for rows i, i+1 of A against rows j, j+1 of B share their loads,
 * so each multiply-add costs one load instead of two.
 */
export function gemmTransB(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  n: number,
  p: number,
  m: number,
): void {
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const a0 = i * p;
    const a1 = a0 + p;
    let j = 0;
    for (; j + 1 < m; j += 2) {
      const b0 = j * p;
      const b1 = b0 + p;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let k = 0; k < p; k++) {
        const x0 = a[a0 + k];
        const x1 = a[a1 + k];
        const y0 = b[b0 + k];
        const y1 = b[b1 + k];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s10 += x1 * y0;
        s11 += x1 * y1;
      }
      c[i * m + j] = s00;
      c[i * m + j + 1] = s01;
      c[(i + 1) * m + j] = s10;
      c[(i + 1) * m + j + 1] = s11;
    }
    if (j < m) {
      c[i * m + j] = dotRows(a, a0, b, j * p, p);
      c[(i + 1) * m + j] = dotRows(a, a1, b, j * p, p);
    }
  }
  if (i < n) {
    for (let j = 0; j < m; j++) c[i * m + j] = dotRows(a, i * p, b, j * p, p);
  }
}

function dotRows(a: Float64Array, ai: number, b: Float64Array, bj: number, p: number): number {
  let s = 0;
  for (let k = 0; k < p; k++) s += a[ai + k] * b[bj + k];
  return s;
}

/**
 * The nonzero entries of a (rows×cols) matrix, listed column by column (one column is one
 * example). Column j's entries are index/value[j*rows .. j*rows + count[j]): a fixed slot of
 * `rows` per column means the lists are filled in one pass and never reallocated.
 */
export interface SparseColumns {
  rows: number;
  cols: number;
  count: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

export function createSparseColumns(rows: number, cols: number): SparseColumns {
  return { rows, cols, count: new Int32Array(cols), index: new Int32Array(rows * cols), value: new Float64Array(rows * cols) };
}

/**
 * Fills `out` with the nonzero entries of x (rows×cols, row-major) and returns how many there
 * are.
 *
 * Each column (example) is scanned from top to bottom, four columns per sweep so that the four
 * reads of a row are neighbours in memory. Scanning an example in its own order matters more than
 * it looks: the "is it zero?" branch then follows the strokes of one image, which the processor
 * predicts well, where a scan across examples jumps between images and mispredicts often.
 */
export function compressColumns(x: Float64Array, out: SparseColumns): number {
  const { rows, cols, count, index, value } = out;
  let j = 0;
  for (; j + 3 < cols; j += 4) {
    let s0 = j * rows;
    let s1 = s0 + rows;
    let s2 = s1 + rows;
    let s3 = s2 + rows;
    for (let k = 0; k < rows; k++) {
      const r = k * cols + j;
      const v0 = x[r];
      const v1 = x[r + 1];
      const v2 = x[r + 2];
      const v3 = x[r + 3];
      if (v0 !== 0) {
        index[s0] = k;
        value[s0++] = v0;
      }
      if (v1 !== 0) {
        index[s1] = k;
        value[s1++] = v1;
      }
      if (v2 !== 0) {
        index[s2] = k;
        value[s2++] = v2;
      }
      if (v3 !== 0) {
        index[s3] = k;
        value[s3++] = v3;
      }
    }
    count[j] = s0 - j * rows;
    count[j + 1] = s1 - (j + 1) * rows;
    count[j + 2] = s2 - (j + 2) * rows;
    count[j + 3] = s3 - (j + 3) * rows;
  }
  for (; j < cols; j++) {
    let slot = j * rows;
    for (let k = 0; k < rows; k++) {
      const v = x[k * cols + j];
      if (v !== 0) {
        index[slot] = k;
        value[slot++] = v;
      }
    }
    count[j] = slot - j * rows;
  }
  let nonzeros = 0;
  for (let c = 0; c < cols; c++) nonzeros += count[c];
  return nonzeros;
}

/**
 * C = W X (+ bias) with W (n×p), X (p×m) given by its nonzero entries, C (n×m).
 *
 * A general dense product that skips the work a zero input would do: for example j it sums
 * W[i,k]·X[k,j] only over the k where X[k,j] ≠ 0. That is exact, not an approximation (a term
 * 0·W[i,k] adds nothing to a sum of finite numbers), and it is much faster on sparse inputs such
 * as handwritten digits, where about 80% of the pixels are exactly 0. Each output is a dot
 * product kept in a register (a gather: no stores in the inner loop), and eight rows of W share
 * each loaded (index, value) pair, so the loop overhead and the loads of the list are paid once
 * per eight multiply-adds.
 */
export function gemmSparseRight(
  w: Float64Array,
  x: SparseColumns,
  c: Float64Array,
  n: number,
  bias?: Float64Array,
): void {
  const { rows: p, cols: m, count, index, value } = x;
  for (let j = 0; j < m; j++) {
    const start = j * p;
    const end = start + count[j];
    let i = 0;
    for (; i + 7 < n; i += 8) {
      const w0 = i * p;
      const w1 = w0 + p;
      const w2 = w1 + p;
      const w3 = w2 + p;
      const w4 = w3 + p;
      const w5 = w4 + p;
      const w6 = w5 + p;
      const w7 = w6 + p;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      let s7 = 0;
      for (let t = start; t < end; t++) {
        const k = index[t];
        const v = value[t];
        s0 += w[w0 + k] * v;
        s1 += w[w1 + k] * v;
        s2 += w[w2 + k] * v;
        s3 += w[w3 + k] * v;
        s4 += w[w4 + k] * v;
        s5 += w[w5 + k] * v;
        s6 += w[w6 + k] * v;
        s7 += w[w7 + k] * v;
      }
      const c0 = i * m + j;
      c[c0] = s0;
      c[c0 + m] = s1;
      c[c0 + 2 * m] = s2;
      c[c0 + 3 * m] = s3;
      c[c0 + 4 * m] = s4;
      c[c0 + 5 * m] = s5;
      c[c0 + 6 * m] = s6;
      c[c0 + 7 * m] = s7;
    }
    for (; i < n; i++) {
      const wi = i * p;
      let s = 0;
      for (let t = start; t < end; t++) s += w[wi + index[t]] * value[t];
      c[i * m + j] = s;
    }
  }
  if (bias) {
    for (let i = 0; i < n; i++) {
      const b = bias[i];
      for (let j = i * m; j < (i + 1) * m; j++) c[j] += b;
    }
  }
}

/**
 * C = D Xᵀ with D (n×m), X (p×m) given by its nonzero entries, C (n×p): the weight gradient
 * dW = dZ Xᵀ of a layer whose input X is sparse.
 *
 * C[i,k] = Σ_j D[i,j]·X[k,j]: each example j adds D[i,j] times its input to row i of C, and only
 * at the example's nonzero inputs. Two exact skips (see gemmSparseRight): zero inputs, and zero
 * gradients D[i,j], which after a ReLU are about half of them. For each example, the rows with a
 * nonzero gradient are listed first (`scratch`), then handled four at a time, so that each loaded
 * (index, value) pair of the example serves four rows of C.
 */
export function gemmTransBSparseRight(
  d: Float64Array,
  x: SparseColumns,
  c: Float64Array,
  n: number,
  scratch: { rows: Int32Array; values: Float64Array } = { rows: new Int32Array(n), values: new Float64Array(n) },
): void {
  const { rows: p, cols: m, count, index, value } = x;
  const liveRows = scratch.rows;
  const liveD = scratch.values;
  c.fill(0, 0, n * p);
  for (let j = 0; j < m; j++) {
    const start = j * p;
    const end = start + count[j];
    let live = 0;
    for (let i = 0; i < n; i++) {
      const dij = d[i * m + j];
      if (dij !== 0) {
        liveRows[live] = i * p;
        liveD[live++] = dij;
      }
    }
    let r = 0;
    for (; r + 3 < live; r += 4) {
      const c0 = liveRows[r];
      const c1 = liveRows[r + 1];
      const c2 = liveRows[r + 2];
      const c3 = liveRows[r + 3];
      const d0 = liveD[r];
      const d1 = liveD[r + 1];
      const d2 = liveD[r + 2];
      const d3 = liveD[r + 3];
      for (let t = start; t < end; t++) {
        const k = index[t];
        const v = value[t];
        c[c0 + k] += d0 * v;
        c[c1 + k] += d1 * v;
        c[c2 + k] += d2 * v;
        c[c3 + k] += d3 * v;
      }
    }
    for (; r < live; r++) {
      const c0 = liveRows[r];
      const d0 = liveD[r];
      for (let t = start; t < end; t++) c[c0 + index[t]] += d0 * value[t];
    }
  }
}
