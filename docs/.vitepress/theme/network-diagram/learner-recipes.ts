/**
 * What the network diagram computes with chapter 6's exercises (see ../learner-code/): with "Use my
 * code" on, the learner's denseForward runs each layer of the pass.
 */
import { denseForward, type Activation, type PlainLayer, type Rows } from '../learner-code/plain-network.ts';
import { defineRecipe, finiteNumbers, slot } from '../learner-code/recipe.ts';

/** The n numbers of an (n × 1) matrix given as its rows. */
function column(value: unknown, n: number, what: string): number[] {
  const rows = value as unknown[];
  if (!Array.isArray(rows) || rows.length !== n) throw new TypeError(`${what} has ${Array.isArray(rows) ? rows.length : 'no'} rows; expected ${n}`);
  return rows.map((row, i) => finiteNumbers(row, 1, `${what}[${i}]`)[0]);
}

/** Z and A of every layer for one input x, first layer first. */
export const forwardPass = defineRecipe(
  { denseForward: slot('06-forward-propagation', 'denseForward', denseForward) },
  (impl, { x, layers, activations }: { x: number[]; layers: PlainLayer[]; activations: Activation[] }) => {
    let A: Rows = x.map((v) => [v]);
    return layers.map((layer, i) => {
      const cache = impl.denseForward(A, layer, activations[i]);
      const n = layer.W.length;
      const z = column(cache?.Z, n, `denseForward(…).Z of layer ${i + 1}`);
      const a = column(cache?.A, n, `denseForward(…).A of layer ${i + 1}`);
      A = a.map((v) => [v]);
      return { z, a };
    });
  },
);
