/**
 * Why activation functions must be non-linear: two linear layers, x ↦ W1 x + b1 and then
 * a ↦ W2 a + b2, are one linear layer x ↦ (W2 W1) x + (W2 b1 + b2), however they are stacked.
 * Plain nested arrays (one inner array per row), as chapter 2's exercise takes them.
 */
import { Matrix, matmul } from './matrix.ts';

export interface LinearLayer {
  /** Weights, one row per output: shape (outputs, inputs). */
  W: number[][];
  /** One bias per output. */
  b: number[];
}

function shapeOf(name: string, W: readonly (readonly number[])[]): [number, number] {
  const cols = W[0]?.length ?? 0;
  if (cols === 0) throw new RangeError(`collapseLinearLayers: ${name} needs at least one row and one column, got ${W.length} rows of ${cols}`);
  W.forEach((row, i) => {
    if (row.length !== cols) throw new RangeError(`collapseLinearLayers: ${name} is ragged: row 0 has ${cols} entries but row ${i} has ${row.length}`);
  });
  return [W.length, cols];
}

/** The single layer (W, b) = (W2 W1, W2 b1 + b2) that computes the same as the two in turn. */
export function collapseLinearLayers(
  W1: readonly (readonly number[])[],
  b1: readonly number[],
  W2: readonly (readonly number[])[],
  b2: readonly number[],
): LinearLayer {
  const [rows1] = shapeOf('W1', W1);
  const [rows2, cols2] = shapeOf('W2', W2);
  if (b1.length !== rows1) throw new RangeError(`collapseLinearLayers: W1 has ${rows1} rows, so b1 needs ${rows1} entries, got ${b1.length}`);
  if (cols2 !== rows1) {
    throw new RangeError(`collapseLinearLayers: W2 has ${cols2} columns but W1 has ${rows1} rows; the first layer's outputs are the second layer's inputs`);
  }
  if (b2.length !== rows2) throw new RangeError(`collapseLinearLayers: W2 has ${rows2} rows, so b2 needs ${rows2} entries, got ${b2.length}`);
  const w2 = Matrix.from(W2);
  const W = matmul(w2, Matrix.from(W1)).toArray();
  const b = matmul(w2, Matrix.column(b1)).column(0).map((v, i) => v + b2[i]);
  return { W, b };
}
