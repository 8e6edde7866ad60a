/**
 * The networks of chapter 6, as lib/ computes them. Their inputs (weights with one decimal each,
 * so a reader can check any entry by hand) live in docs/worked/06-forward-propagation-inputs.ts,
 * shared with the grader; the page, its figures, the <NetworkDiagram /> widget and the widget's
 * browser test all run them through forwardPass below, with lib's matmul, addBias and activate.
 */
import { activate, type ActivationName } from '../../../../lib/activations.ts';
import { Matrix, addBias, matmul } from '../../../../lib/matrix.ts';
import { net3Layer, type WorkedNetwork } from '../../../worked/06-forward-propagation-inputs.ts';

export type { WorkedNetwork };

export interface LayerValues {
  /** Z[l] = W[l] A[l−1] + b[l], (n_l × m). */
  Z: Matrix;
  /** A[l] = g[l](Z[l]), (n_l × m). */
  A: Matrix;
}

/** A matrix given as its rows, as lib's Matrix. */
export const toMatrix = (rows: readonly (readonly number[])[]): Matrix => Matrix.from(rows.map((row) => [...row]));

/**
 * The forward pass of `net` for the examples in the columns of X (n_0 × m): one { Z, A } per
 * layer, first layer first.
 */
export function forwardPass(net: WorkedNetwork, X: Matrix): LayerValues[] {
  const values: LayerValues[] = [];
  let A = X;
  net.layers.forEach((layer, i) => {
    const Z = addBias(matmul(toMatrix(layer.W), A), toMatrix(layer.b));
    A = activate(net.activations[i] as ActivationName, Z);
    values.push({ Z, A });
  });
  return values;
}

/** The examples (columns) of an (n_0 × m) batch given as rows. */
export const columnsOf = (rows: readonly (readonly number[])[]): number[][] => rows[0].map((_, j) => rows.map((row) => row[j]));

/** The widget's network: the chapter's three-layer pass, ReLU → sigmoid → softmax. */
export const NETWORK = net3Layer;
/** n_0, n_1, …, n_L. */
export const SIZES: readonly number[] = net3Layer.sizes;
/** The worked pass's examples; the widget starts at the first. */
export const EXAMPLES: readonly (readonly number[])[] = columnsOf(net3Layer.X);
