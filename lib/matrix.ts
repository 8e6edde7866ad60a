/**
 * A small matrix of float64 numbers, stored row-major in one Float64Array: entry (i, j) lives
 * at data[i * cols + j]. In a network, examples are the columns (DESIGN §4): a batch of m
 * inputs with n features each is an (n×m) matrix.
 *
 * Every operation checks shapes and, when they do not fit, throws an Error naming the operation
 * and both shapes, because "undefined is not a number" three layers later helps nobody.
 * Operations take an optional `out` matrix to write into, so a training loop can reuse its
 * buffers instead of allocating new ones every batch.
 */
import { gemm, gemmTransA, gemmTransB } from './kernels.ts';

export class Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;

  constructor(rows: number, cols: number, data?: Float64Array) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
      throw new RangeError(`Matrix: a shape needs two whole numbers ≥ 0, got (${rows}×${cols})`);
    }
    if (data && data.length !== rows * cols) {
      throw new RangeError(`Matrix: a (${rows}×${cols}) matrix needs ${rows * cols} numbers, got ${data.length}`);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** A (rows×cols) matrix of zeros. */
  static zeros(rows: number, cols: number): Matrix {
    return new Matrix(rows, cols);
  }

  /** A (rows×cols) matrix with every entry equal to `value`. */
  static filled(rows: number, cols: number, value: number): Matrix {
    const m = new Matrix(rows, cols);
    m.data.fill(value);
    return m;
  }

  /** From nested arrays, one inner array per row; every row must have the same length. */
  static from(nested: readonly (readonly number[])[]): Matrix {
    const rows = nested.length;
    const cols = rows === 0 ? 0 : nested[0].length;
    const m = new Matrix(rows, cols);
    for (let i = 0; i < rows; i++) {
      if (nested[i].length !== cols) {
        throw new RangeError(`Matrix.from: row 0 has ${cols} entries but row ${i} has ${nested[i].length}`);
      }
      m.data.set(nested[i], i * cols);
    }
    return m;
  }

  /** A column vector (n×1): how a single example or a bias is written. */
  static column(values: readonly number[]): Matrix {
    return new Matrix(values.length, 1, Float64Array.from(values));
  }

  /** "(3×4)", the way shapes are written in every error message. */
  get shape(): string {
    return `(${this.rows}×${this.cols})`;
  }

  get(i: number, j: number): number {
    return this.data[i * this.cols + j];
  }

  set(i: number, j: number, value: number): void {
    this.data[i * this.cols + j] = value;
  }

  /** The entries as nested arrays, one inner array per row. */
  toArray(): number[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)));
  }

  /** Column j as a plain array (one example). */
  column(j: number): number[] {
    return Array.from({ length: this.rows }, (_, i) => this.data[i * this.cols + j]);
  }

  clone(): Matrix {
    return new Matrix(this.rows, this.cols, this.data.slice());
  }
}

/** Throws unless `out` is (rows×cols); returns `out`, or a new matrix when none was given. */
function output(op: string, out: Matrix | undefined, rows: number, cols: number): Matrix {
  if (!out) return new Matrix(rows, cols);
  if (out.rows !== rows || out.cols !== cols) {
    throw new RangeError(`${op}: the output is ${out.shape} but the result is (${rows}×${cols})`);
  }
  return out;
}

function sameShape(op: string, a: Matrix, b: Matrix): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new RangeError(`${op}: the shapes must match, got ${a.shape} and ${b.shape}`);
  }
}

/** A B: (n×p) times (p×m) gives (n×m). */
export function matmul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  return product('matmul', a, false, b, false, out);
}

/** A Bᵀ without building Bᵀ: (n×p) times (m×p)ᵀ gives (n×m). */
export function matmulTransB(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  return product('matmulTransB', a, false, b, true, out);
}

/** Aᵀ B without building Aᵀ: (p×n)ᵀ times (p×m) gives (n×m). */
export function matmulTransA(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  return product('matmulTransA', a, true, b, false, out);
}

/**
 * The product of a and b where `transA` or `transB` (never both) says which factor enters
 * transposed: one shape check and one error sentence for the three, each naming the sizes that
 * must agree, then the kernel that reads the transposed factor in place.
 */
function product(op: string, a: Matrix, transA: boolean, b: Matrix, transB: boolean, out: Matrix | undefined): Matrix {
  const [n, p] = transA ? [a.cols, a.rows] : [a.rows, a.cols];
  const [q, m] = transB ? [b.cols, b.rows] : [b.rows, b.cols];
  if (p !== q) {
    const left = `${transA ? 'the transpose of ' : ''}a ${a.shape} matrix`;
    const right = `${transB ? 'the transpose of ' : ''}a ${b.shape} one`;
    const sizes = `${p} ${transA ? 'rows' : 'columns'} vs ${q} ${transB ? 'columns' : 'rows'}`;
    throw new RangeError(`${op}: cannot multiply ${left} by ${right}: ${sizes}`);
  }
  const c = output(op, out, n, m);
  const kernel = transA ? gemmTransA : transB ? gemmTransB : gemm;
  kernel(a.data, b.data, c.data, n, p, m);
  return c;
}

/** Aᵀ, materialised (the products above avoid needing it). */
export function transpose(a: Matrix, out?: Matrix): Matrix {
  const t = output('transpose', out, a.cols, a.rows);
  if (t === a && a.rows > 1 && a.cols > 1) throw new RangeError('transpose: cannot transpose a matrix into itself');
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) t.data[j * a.rows + i] = a.data[i * a.cols + j];
  }
  return t;
}

/**
 * Broadcast add: the (n×1) column `bias` is added to every column of the (n×m) matrix `a`, the
 * b in Z = W X + b (every example gets the same bias).
 */
export function addBias(a: Matrix, bias: Matrix, out?: Matrix): Matrix {
  if (bias.cols !== 1 || bias.rows !== a.rows) {
    throw new RangeError(`addBias: a ${a.shape} matrix needs a (${a.rows}×1) bias column, got ${bias.shape}`);
  }
  const c = output('addBias', out, a.rows, a.cols);
  const m = a.cols;
  for (let i = 0; i < a.rows; i++) {
    const b = bias.data[i];
    for (let j = i * m; j < (i + 1) * m; j++) c.data[j] = a.data[j] + b;
  }
  return c;
}

/** f applied to every entry; f also receives the entry's row and column. */
export function map(a: Matrix, f: (value: number, i: number, j: number) => number, out?: Matrix): Matrix {
  const c = output('map', out, a.rows, a.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) c.data[i * a.cols + j] = f(a.data[i * a.cols + j], i, j);
  }
  return c;
}

function elementwise(op: string, a: Matrix, b: Matrix, out: Matrix | undefined, f: (x: number, y: number) => number): Matrix {
  sameShape(op, a, b);
  const c = output(op, out, a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) c.data[i] = f(a.data[i], b.data[i]);
  return c;
}

/** A + B, entry by entry. */
export const add = (a: Matrix, b: Matrix, out?: Matrix): Matrix => elementwise('add', a, b, out, (x, y) => x + y);
/** A − B, entry by entry. */
export const sub = (a: Matrix, b: Matrix, out?: Matrix): Matrix => elementwise('sub', a, b, out, (x, y) => x - y);
/** A ⊙ B, the Hadamard (entry-by-entry) product. */
export const mul = (a: Matrix, b: Matrix, out?: Matrix): Matrix => elementwise('mul', a, b, out, (x, y) => x * y);
export { mul as hadamard };

/** s A: every entry times s. */
export function scale(a: Matrix, s: number, out?: Matrix): Matrix {
  const c = output('scale', out, a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) c.data[i] = a.data[i] * s;
  return c;
}

/** The sum of each row, as an (n×1) column: db = the bias gradient summed over the batch. */
export function rowSums(a: Matrix, out?: Matrix): Matrix {
  const c = output('rowSums', out, a.rows, 1);
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    for (let j = i * a.cols; j < (i + 1) * a.cols; j++) s += a.data[j];
    c.data[i] = s;
  }
  return c;
}

/** The sum of each column, as a (1×m) row: one total per example. */
export function colSums(a: Matrix, out?: Matrix): Matrix {
  const c = output('colSums', out, 1, a.cols);
  c.data.fill(0);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) c.data[j] += a.data[i * a.cols + j];
  }
  return c;
}

/** The sum of every entry. */
export function sum(a: Matrix): number {
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += a.data[i];
  return s;
}

/** For each column (example), the row index of its largest entry: the predicted class. */
export function argmaxCols(a: Matrix): number[] {
  if (a.rows === 0) throw new RangeError(`argmaxCols: a ${a.shape} matrix has no rows to choose from`);
  const best: number[] = new Array(a.cols).fill(0);
  for (let j = 0; j < a.cols; j++) {
    for (let i = 1; i < a.rows; i++) {
      if (a.data[i * a.cols + j] > a.data[best[j] * a.cols + j]) best[j] = i;
    }
  }
  return best;
}

/** Labels 0..classes-1 as one-hot columns: a (classes×m) matrix with a single 1 per column. */
export function oneHot(labels: ArrayLike<number>, classes: number): Matrix {
  const y = new Matrix(classes, labels.length);
  for (let j = 0; j < labels.length; j++) {
    const label = labels[j];
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new RangeError(`oneHot: label ${label} at position ${j} is not one of 0..${classes - 1}`);
    }
    y.data[label * labels.length + j] = 1;
  }
  return y;
}
