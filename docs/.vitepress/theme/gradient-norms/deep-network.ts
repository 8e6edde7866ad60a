/**
 * One measurement, shared by the <GradientNorms> widget, the chapter's figures and its worked
 * numbers: a deep, square network of one activation and one initialisation, a batch of random
 * inputs with random labels, one forward and one backward pass with lib's Mlp, and what came out
 * of each layer: the size of its weight gradient (lib/gradient-norms.ts), the spread of its
 * activations, and how many of its units are silent on every example. Everything is seeded, so
 * the page, the figures, the widget and the browser test see the same numbers.
 */
import type { ElementwiseActivationName } from '../../../../lib/activations.ts';
import { gradientNorms } from '../../../../lib/gradient-norms.ts';
import { initWeights, smallRandomInit } from '../../../../lib/init.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import { Mlp } from '../../../../lib/network.ts';
import { createRandom, type Random } from '../../../../lib/random.ts';

export type DeepActivation = Extract<ElementwiseActivationName, 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'elu'>;
/** lib's schemes, and the plain standard normal N(0, 1), which no scheme scales to the layer. */
export type DeepInit = 'small' | 'xavier' | 'he' | 'normal';

export const ACTIVATION_LABELS: Record<DeepActivation, string> = {
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU (α = 0.01)',
  elu: 'ELU (α = 1)',
};

/** The activations among chapter 6's exercises, which the learner's gradientNormsByLayer can run ("Use my code"). */
export const isExerciseActivation = (activation: DeepActivation): boolean => activation === 'sigmoid' || activation === 'tanh' || activation === 'relu';

export const INIT_LABELS: Record<DeepInit, string> = {
  small: 'small: N(0, 0.01²)',
  xavier: 'Xavier: N(0, 2/(n_in + n_out))',
  he: 'He: N(0, 2/n_in)',
  normal: 'standard normal: N(0, 1)',
};

export interface DeepSetup {
  activation: DeepActivation;
  init: DeepInit;
  /** Hidden layers, each `width` units wide; the output layer (one sigmoid unit) comes after them. */
  depth: number;
  width?: number;
  batch?: number;
  seed?: number;
}

export interface DeepMeasurement {
  /** ‖∂J/∂W[l]‖ (Frobenius) for every layer l = 1 … depth + 1, the output layer last. */
  norms: number[];
  /** The standard deviation of every hidden layer's activations A[l] over units and examples. */
  activationStd: number[];
  /** For every hidden layer, the fraction of its units whose Z is ≤ 0 on every example of the batch. */
  silentFraction: number[];
}

export const DEFAULT_WIDTH = 32;
export const DEFAULT_BATCH = 64;
export const DEFAULT_SEED = 1;

/** lib's scheme of that name; 'normal' (standard deviation 1) is the widget's own extreme, not one of lib's. */
function initialWeights(init: DeepInit, rows: number, cols: number, random: Random): Matrix {
  return init === 'normal' ? smallRandomInit(rows, cols, random, 1) : initWeights(init, rows, cols, random);
}

export const standardDeviation = (values: ArrayLike<number>): number => {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= values.length;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] - mean) ** 2;
  return Math.sqrt(s / values.length);
};

/** The share of rows of Z (units) that are ≤ 0 in every column (example). */
export function silentShare(z: Matrix): number {
  let silent = 0;
  for (let i = 0; i < z.rows; i++) {
    let fires = false;
    for (let j = 0; j < z.cols && !fires; j++) fires = z.data[i * z.cols + j] > 0;
    if (!fires) silent++;
  }
  return silent / z.rows;
}

/** The network's layer sizes, initial weights (biases are 0) and batch, all drawn from one seeded stream. */
export interface DeepNetworkDraw {
  sizes: number[];
  weights: Matrix[];
  x: Matrix;
  y: Matrix;
}

export function drawDeepNetwork(setup: DeepSetup): DeepNetworkDraw {
  const { init, depth, width = DEFAULT_WIDTH, batch = DEFAULT_BATCH, seed = DEFAULT_SEED } = setup;
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`measureDeepNetwork: depth is a whole number of hidden layers, at least 1, got ${depth}`);
  const random = createRandom(seed);
  const sizes = [width, ...Array<number>(depth).fill(width), 1];
  const weights = sizes.slice(1).map((outputs, l) => initialWeights(init, outputs, sizes[l], random));
  const x = new Matrix(width, batch);
  for (let i = 0; i < x.data.length; i++) x.data[i] = random.gaussian();
  const y = new Matrix(1, batch);
  for (let j = 0; j < batch; j++) y.data[j] = random.next() < 0.5 ? 0 : 1;
  return { sizes, weights, x, y };
}

export function measureDeepNetwork(setup: DeepSetup): DeepMeasurement {
  const { sizes, weights, x, y } = drawDeepNetwork(setup);
  const net = new Mlp({ sizes, hidden: setup.activation, output: 'sigmoid', init: 'zeros', random: createRandom(setup.seed ?? DEFAULT_SEED) });
  net.dense.forEach((layer, l) => layer.weight.value.data.set(weights[l].data));
  const norms = gradientNorms(net, x, y);
  const hidden = net.dense.slice(0, -1);
  return {
    norms,
    activationStd: hidden.map((layer) => standardDeviation(layer.cache!.a.data)),
    silentFraction: hidden.map((layer) => silentShare(layer.cache!.z)),
  };
}
