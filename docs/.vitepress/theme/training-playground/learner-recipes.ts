/**
 * What the training playground computes with chapters 6 to 8's exercises (see ../learner-code/):
 * with "Use my code" on, the learner's miniBatches, forwardPropagation, backwardPropagation and
 * sgdUpdate, momentumUpdate or adamUpdate train the network, an epoch per animation frame. The
 * network and the optimiser's memory go in and come out as plain data; the page measures the loss
 * and draws the heat map from the weights that come back (session.ts).
 */
import { defineRecipe, finiteNumbers, slot } from '../learner-code/recipe.ts';
import * as plain from '../learner-code/plain-network.ts';
import type { Activation, AdamState, PlainGradients, PlainLayer, Rows } from '../learner-code/plain-network.ts';
import type { OptimiserName } from './session.ts';

/** The optimiser's memory between steps: momentum's velocities, or Adam's moments and step count. */
export type OptimiserState = { velocities: PlainGradients[] } | { adam: AdamState } | Record<string, never>;

export interface TrainingInput {
  layers: PlainLayer[];
  activations: Activation[];
  state: OptimiserState;
  learningRate: number;
  X: Rows;
  Y: Rows;
  batchSize: number;
  /** One mini-batch seed per epoch to train. */
  seeds: number[];
}

const MOMENTUM_BETA = 0.9;

/** `rows` checked to be `like`'s shape, row by row, every entry finite. */
function sameShape(rows: unknown, like: Rows, what: string): Rows {
  if (!Array.isArray(rows) || rows.length !== like.length) {
    throw new TypeError(`${what} has ${Array.isArray(rows) ? `${rows.length} rows` : `no rows (${String(rows)})`}; expected ${like.length}`);
  }
  return like.map((row, i) => finiteNumbers(rows[i], row.length, `${what}[${i}]`));
}

function gradientsLike(value: unknown, layers: PlainLayer[], what: string): PlainGradients[] {
  if (!Array.isArray(value) || value.length !== layers.length) throw new TypeError(`${what} is not one { dW, db } per layer (${layers.length})`);
  return layers.map((layer, l) => ({ dW: sameShape(value[l]?.dW, layer.W, `${what}[${l}].dW`), db: sameShape(value[l]?.db, layer.b, `${what}[${l}].db`) }));
}

function layersLike(value: unknown, layers: PlainLayer[], what: string): PlainLayer[] {
  if (!Array.isArray(value) || value.length !== layers.length) throw new TypeError(`${what} is not one { W, b } per layer (${layers.length})`);
  return layers.map((layer, l) => ({ W: sameShape(value[l]?.W, layer.W, `${what}[${l}].W`), b: sameShape(value[l]?.b, layer.b, `${what}[${l}].b`) }));
}

/** Zeros of every layer's shapes: momentum's velocities and Adam's moments before the first step. */
export function zerosLike(layers: PlainLayer[]): PlainGradients[] {
  return layers.map((layer) => ({ dW: layer.W.map((row) => row.map(() => 0)), db: layer.b.map(() => [0]) }));
}

const passes = {
  miniBatches: slot('08-training', 'miniBatches', plain.miniBatches),
  forwardPropagation: slot('06-forward-propagation', 'forwardPropagation', plain.forwardPropagation),
  backwardPropagation: slot('07-backpropagation', 'backwardPropagation', plain.backwardPropagation),
};
type Passes = { [K in keyof typeof passes]: (typeof passes)[K]['reference'] };

/** One optimiser step: the new layers and the optimiser's new memory. */
type Step = (layers: PlainLayer[], grads: PlainGradients[], state: OptimiserState) => { layers: PlainLayer[]; state: OptimiserState };

/** As many epochs as `seeds` has: each cut into the learner's mini-batches, one optimiser `step` per batch. */
function train(impl: Passes, input: TrainingInput, step: Step): { layers: PlainLayer[]; state: OptimiserState } {
  const { activations, X, Y, batchSize } = input;
  let { layers, state } = input;
  for (const seed of input.seeds) {
    const batches = impl.miniBatches(X, Y, batchSize, seed);
    if (!Array.isArray(batches)) throw new TypeError(`miniBatches returned ${String(batches)}; expected an array of { X, Y }`);
    for (const batch of batches) {
      const { AL, caches } = impl.forwardPropagation(batch?.X, layers, activations) ?? {};
      if (!Array.isArray(AL) || !Array.isArray(caches)) throw new TypeError('forwardPropagation(…) did not return { AL, caches }');
      const grads = gradientsLike(impl.backwardPropagation(AL, batch.Y, caches), layers, 'backwardPropagation(…)');
      ({ layers, state } = step(layers, grads, state));
    }
  }
  return { layers, state };
}

/** Recipes per optimiser, so the badges name only the update that runs. */
export const trainWithSgd = defineRecipe({ ...passes, sgdUpdate: slot('08-training', 'sgdUpdate', plain.sgdUpdate) }, (impl, input: TrainingInput) =>
  train(impl, input, (layers, grads) => ({ layers: layersLike(impl.sgdUpdate(layers, grads, input.learningRate), layers, 'sgdUpdate(…)'), state: {} })),
);

export const trainWithMomentum = defineRecipe(
  { ...passes, momentumUpdate: slot('08-training', 'momentumUpdate', plain.momentumUpdate) },
  (impl, input: TrainingInput) =>
    train(impl, input, (layers, grads, state) => {
      const velocities = 'velocities' in state ? state.velocities : zerosLike(layers);
      const next = impl.momentumUpdate(layers, grads, velocities, input.learningRate, MOMENTUM_BETA);
      return {
        layers: layersLike(next?.layers, layers, 'momentumUpdate(…).layers'),
        state: { velocities: gradientsLike(next?.velocities, layers, 'momentumUpdate(…).velocities') },
      };
    }),
);

export const trainWithAdam = defineRecipe({ ...passes, adamUpdate: slot('08-training', 'adamUpdate', plain.adamUpdate) }, (impl, input: TrainingInput) =>
  train(impl, input, (layers, grads, state) => {
    const adam = 'adam' in state ? state.adam : { t: 0, m: zerosLike(layers), v: zerosLike(layers) };
    const next = impl.adamUpdate(layers, grads, adam, input.learningRate);
    const t = next?.state?.t;
    if (t !== adam.t + 1) throw new TypeError(`adamUpdate(…).state.t is ${String(t)}; expected ${adam.t + 1}`);
    return {
      layers: layersLike(next.layers, layers, 'adamUpdate(…).layers'),
      state: { adam: { t, m: gradientsLike(next.state.m, layers, 'adamUpdate(…).state.m'), v: gradientsLike(next.state.v, layers, 'adamUpdate(…).state.v') } },
    };
  }),
);

export const TRAINING_RECIPES = { sgd: 'trainWithSgd', momentum: 'trainWithMomentum', adam: 'trainWithAdam' } as const satisfies Record<OptimiserName, string>;
