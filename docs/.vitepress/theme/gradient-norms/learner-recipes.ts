/**
 * What the gradient norms compute with chapter 9's exercises (see ../learner-code/): with "Use my
 * code" on, the learner's gradientNormsByLayer measures every layer's norm and, where the widget
 * initialises with He, their heInit draws the weights: layer l (from 0) is heInit(n_in, n_out,
 * seed + l), since heInit has a seed of its own where lib's He continues one stream through every
 * layer. So with He the weights are not the page's, even where the reference runs for heInit; the
 * batch is. The spread of the activations and the silent units stay lib's: no exercise computes
 * them, and they are lib's forward pass of the weights in use (theirs, with He).
 *
 * Chapter 6's activations are linear, ReLU, sigmoid, tanh and softmax: the learner's
 * gradientNormsByLayer cannot run leaky ReLU or ELU, so with those the reference measures the
 * norms and the badges name only heInit, or nothing (the widget says so).
 */
import { heInit as libHeInit } from '../../../../lib/init.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import { createRandom } from '../../../../lib/random.ts';
import * as plain from '../learner-code/plain-network.ts';
import type { Activation, PlainLayer, Rows } from '../learner-code/plain-network.ts';
import { defineRecipe, finiteMatrix, finiteNumbers, slot } from '../learner-code/recipe.ts';
import { DEFAULT_SEED, drawDeepNetwork, isExerciseActivation, silentShare, standardDeviation, type DeepMeasurement, type DeepSetup } from './deep-network.ts';

export interface NormsInput {
  X: Rows;
  Y: Rows;
  /** The page's weights (biases 0); with He, only their shapes are used. */
  layers: PlainLayer[];
  activations: string[];
  /** heInit's seed for the first layer; the next layers take the next seeds. */
  seed: number;
}

/** lib's Frobenius norms of the weight gradients, on chapter 6 and 7's exercise-shaped passes: the reference for gradientNormsByLayer. */
export function referenceGradientNorms(X: Rows, Y: Rows, layers: PlainLayer[], activations: Activation[]): number[] {
  const { AL, caches } = plain.forwardPropagation(X, layers, activations);
  return plain.backwardPropagation(AL, Y, caches).map(({ dW }) => Math.sqrt(dW.flat().reduce((sum, g) => sum + g * g, 0)));
}

/** lib's He initialisation with a stream of its own: the reference for heInit. */
export function referenceHeInit(nIn: number, nOut: number, seed: number): Rows {
  return libHeInit(nOut, nIn, createRandom(seed)).toArray();
}

const normsSlot = { gradientNormsByLayer: slot('09-deep-networks', 'gradientNormsByLayer', referenceGradientNorms) };
const heSlot = { heInit: slot('09-deep-networks', 'heInit', referenceHeInit) };

/** The exercises the recipe runs; lib's where the recipe has no slot. */
type Measure = Partial<{ gradientNormsByLayer: typeof referenceGradientNorms; heInit: typeof referenceHeInit }>;

const copy = (rows: Rows): Rows => rows.map((row) => [...row]);

function measure(impl: Measure, input: NormsInput): DeepMeasurement {
  const { X, Y, seed } = input;
  const activations = input.activations as Activation[];
  const layers = input.layers.map((layer, l): PlainLayer => {
    if (!impl.heInit) return layer;
    const [nOut, nIn] = [layer.W.length, layer.W[0].length];
    return { W: finiteMatrix(impl.heInit(nIn, nOut, seed + l), nOut, nIn, `heInit(${nIn}, ${nOut}, ${seed + l})`), b: layer.b };
  });
  const measureNorms = impl.gradientNormsByLayer ?? referenceGradientNorms;
  const given = layers.map(({ W, b }) => ({ W: copy(W), b: copy(b) }));
  const norms = finiteNumbers(measureNorms(copy(X), copy(Y), given, [...activations]), layers.length, 'gradientNormsByLayer(…)');
  const negative = norms.findIndex((n) => n < 0);
  if (negative >= 0) throw new TypeError(`gradientNormsByLayer(…)[${negative}] is ${norms[negative]}; a norm is at least 0`);
  const hidden = plain.forwardPropagation(X, layers, activations).caches.slice(0, -1);
  return { norms, activationStd: hidden.map((cache) => standardDeviation(cache.A.flat())), silentFraction: hidden.map((cache) => silentShare(Matrix.from(cache.Z))) };
}

export const norms = defineRecipe(normsSlot, measure);
export const normsWithHe = defineRecipe({ ...normsSlot, ...heSlot }, measure);
export const heInitOnly = defineRecipe(heSlot, measure);
export const referenceOnly = defineRecipe({}, measure);

/** The recipe for a setting, so the badges name only the exercises that run in it. */
export function recipeFor({ activation, init }: DeepSetup): 'norms' | 'normsWithHe' | 'heInitOnly' | 'referenceOnly' {
  if (isExerciseActivation(activation)) return init === 'he' ? 'normsWithHe' : 'norms';
  return init === 'he' ? 'heInitOnly' : 'referenceOnly';
}

/** The page's network and batch for a setting, as plain data. */
export function normsInput(setup: DeepSetup): NormsInput {
  const { sizes, weights, x, y } = drawDeepNetwork(setup);
  return {
    X: x.toArray(),
    Y: y.toArray(),
    layers: weights.map((W) => ({ W: W.toArray(), b: W.toArray().map(() => [0]) })),
    activations: [...sizes.slice(2).map(() => setup.activation), 'sigmoid'],
    seed: setup.seed ?? DEFAULT_SEED,
  };
}
