/**
 * What the backprop stepper computes with the learner's exercises (see ../learner-code/): with "Use
 * my code" on, their chapter 6 denseForward makes the forward pass (z, a, and the caches the
 * backward pass reads; the error after the step too), and their chapter 7 sigmoidBackward and
 * denseBackward make every backward number: σ′(z) is sigmoidBackward with ∂E/∂a = 1, δ is
 * sigmoidBackward of the ∂E/∂a that arrived, ∂E/∂w and ∂E/∂b are denseBackward's dW and db, and a
 * hidden unit's ∂E/∂a is the dAPrev of the layer above. The step W − η·dW is the recipe's own
 * arithmetic on their gradients.
 *
 * Not backwardPropagation: it starts from cross-entropy's dZ = AL − Y, and the stepper's error is
 * the squared error ½Σ(t − a)², whose output delta is (a − t)·σ′(z); nor does it return the deltas
 * the stepper shows. The stepper's example has one example (m = 1), so the exercises' per-example
 * dZ and the trace's averaged one are the same numbers.
 */
import type { SquaredErrorTrace } from '../../../../lib/backprop-trace.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import * as plain from '../learner-code/plain-network.ts';
import type { PlainCache, PlainLayer, Rows } from '../learner-code/plain-network.ts';
import { defineRecipe, finiteMatrix, slot } from '../learner-code/recipe.ts';

export interface StepperInput {
  /** The inputs and targets, one column: the single example. */
  X: Rows;
  Y: Rows;
  layers: PlainLayer[];
  learningRate: number;
}

/** SquaredErrorTrace's quantities as rows of numbers, so they cross from the worker as plain data. */
export type PlainLayerTrace = { [K in keyof SquaredErrorTrace['layers'][number]]: Rows };
export interface PlainTrace {
  layers: PlainLayerTrace[];
  error: number;
  errorAfter: number;
  learningRate: number;
}

/** What a learner function is given: a copy, so one that writes into its arguments cannot change the trace. */
const copy = (rows: Rows): Rows => rows.map((row) => [...row]);
const minus = (a: Rows, b: Rows, scale = 1): Rows => a.map((row, i) => row.map((v, j) => v - scale * b[i][j]));

/** E = (1/m) Σ_examples ½ Σ_outputs (t − a)², lib's halfSquaredError on rows. */
const halfSquaredError = (A: Rows, Y: Rows) => minus(A, Y).flat().reduce((sum, d) => sum + d * d, 0) / (2 * A[0].length);

export const squaredErrorStep = defineRecipe(
  {
    denseForward: slot('06-forward-propagation', 'denseForward', plain.denseForward),
    sigmoidBackward: slot('07-backpropagation', 'sigmoidBackward', plain.sigmoidBackward),
    denseBackward: slot('07-backpropagation', 'denseBackward', plain.denseBackward),
  },
  (impl, { X, Y, layers, learningRate }: StepperInput): PlainTrace => {
    const m = X[0].length;
    /** The learner's forward pass, each cache rebuilt from checked numbers (their own object may hold anything else). */
    const forward = (parameters: PlainLayer[]): PlainCache[] => {
      let aPrev = X;
      return parameters.map((layer, l) => {
        const cache = impl.denseForward(copy(aPrev), { W: copy(layer.W), b: copy(layer.b) }, 'sigmoid');
        const what = `denseForward(…) of layer ${l + 1}`;
        const Z = finiteMatrix(cache?.Z, layer.W.length, m, `${what}.Z`);
        const A = finiteMatrix(cache?.A, layer.W.length, m, `${what}.A`);
        const checked: PlainCache = { aPrev, W: layer.W, b: layer.b, Z, A, activation: 'sigmoid' };
        aPrev = A;
        return checked;
      });
    };
    const caches = forward(layers);
    const traces: PlainLayerTrace[] = [];
    let dA = minus(caches.at(-1)!.A, Y);
    for (let l = caches.length - 1; l >= 0; l--) {
      const cache = caches[l];
      const [n, nPrev] = [cache.W.length, cache.aPrev.length];
      const slope = finiteMatrix(impl.sigmoidBackward(cache.Z.map((row) => row.map(() => 1)), copy(cache.Z)), n, m, `sigmoidBackward(1, Z) of layer ${l + 1}`);
      const dZ = finiteMatrix(impl.sigmoidBackward(copy(dA), copy(cache.Z)), n, m, `sigmoidBackward(dA, Z) of layer ${l + 1}`);
      const back = impl.denseBackward(copy(dZ), { aPrev: copy(cache.aPrev), W: copy(cache.W), b: copy(cache.b), Z: copy(cache.Z), A: copy(cache.A), activation: 'sigmoid' });
      const what = `denseBackward(…) of layer ${l + 1}`;
      const dW = finiteMatrix(back?.dW, n, nPrev, `${what}.dW`);
      const db = finiteMatrix(back?.db, n, 1, `${what}.db`);
      const dInput = finiteMatrix(back?.dAPrev, nPrev, m, `${what}.dAPrev`);
      const updatedW = minus(cache.W, dW, learningRate);
      const updatedB = minus(cache.b, db, learningRate);
      traces[l] = { input: cache.aPrev, z: cache.Z, a: cache.A, dA, slope, dZ, dW, db, dInput, updatedW, updatedB };
      dA = dInput;
    }
    const after = forward(traces.map(({ updatedW, updatedB }) => ({ W: updatedW, b: updatedB })));
    return { layers: traces, error: halfSquaredError(caches.at(-1)!.A, Y), errorAfter: halfSquaredError(after.at(-1)!.A, Y), learningRate };
  },
);

/** The worker's plain trace as the Matrix-valued trace the stepper's steps are read from (steps.ts). */
export function asSquaredErrorTrace(trace: PlainTrace): SquaredErrorTrace {
  const layers = trace.layers.map((layer) => {
    const matrices = Object.entries(layer).map(([key, rows]) => [key, Matrix.from(rows)]);
    return Object.fromEntries(matrices) as SquaredErrorTrace['layers'][number];
  });
  return { ...trace, layers };
}
