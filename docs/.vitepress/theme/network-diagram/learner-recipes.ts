/**
 * What the network diagram computes with chapter 6's exercises (see ../learner-code/): with "Use my
 * code" on, the learner's denseForward runs each layer of the pass.
 */
import { activate, type ActivationName } from '../../../../lib/activations.ts';
import { Matrix, addBias, matmul } from '../../../../lib/matrix.ts';
import { defineRecipe, finiteNumbers, slot } from '../learner-code/recipe.ts';

type Rows = number[][];
interface Layer {
  W: Rows;
  b: Rows;
}

/** lib's dense layer in the exercise's shape (matrices as arrays of rows): the reference for denseForward. */
function libDenseForward(aPrev: Rows, layer: Layer, activation: string) {
  const Z = addBias(matmul(Matrix.from(layer.W), Matrix.from(aPrev)), Matrix.from(layer.b));
  return { aPrev, W: layer.W, b: layer.b, Z: Z.toArray(), A: activate(activation as ActivationName, Z).toArray(), activation };
}

/** The n numbers of an (n × 1) matrix given as its rows. */
function column(value: unknown, n: number, what: string): number[] {
  const rows = value as unknown[];
  if (!Array.isArray(rows) || rows.length !== n) throw new TypeError(`${what} has ${Array.isArray(rows) ? rows.length : 'no'} rows; expected ${n}`);
  return rows.map((row, i) => finiteNumbers(row, 1, `${what}[${i}]`)[0]);
}

/** Z and A of every layer for one input x, first layer first. */
export const forwardPass = defineRecipe(
  { denseForward: slot('06-forward-propagation', 'denseForward', libDenseForward) },
  (impl, { x, layers, activations }: { x: number[]; layers: Layer[]; activations: string[] }) => {
    let A: Rows = x.map((v) => [v]);
    return layers.map((layer, i) => {
      const cache = impl.denseForward(A, layer, activations[i] as never);
      const n = layer.W.length;
      const z = column(cache?.Z, n, `denseForward(…).Z of layer ${i + 1}`);
      const a = column(cache?.A, n, `denseForward(…).A of layer ${i + 1}`);
      A = a.map((v) => [v]);
      return { z, a };
    });
  },
);
