/**
 * Initial weights for a layer W of shape (fanOut×fanIn) = (n_l × n_{l−1}). Biases start at 0.
 *
 * All zeros makes every unit of a layer compute the same thing and receive the same gradient
 * forever (symmetry is never broken); tiny random weights break symmetry but shrink the signal
 * layer after layer in a deep network. Xavier and He scale the randomness to the layer's size so
 * that activations (and gradients) keep roughly the same variance from layer to layer.
 */
import { Matrix } from './matrix.ts';
import type { Random } from './random.ts';

export type InitName = 'zeros' | 'small' | 'xavier' | 'he';

function gaussian(rows: number, cols: number, random: Random, std: number): Matrix {
  const w = new Matrix(rows, cols);
  for (let i = 0; i < w.data.length; i++) w.data[i] = std * random.gaussian();
  return w;
}

/** All zeros: fine for biases, useless for weights of hidden layers (see above). */
export function zerosInit(rows: number, cols: number): Matrix {
  return new Matrix(rows, cols);
}

/** Gaussian numbers times a small scale (0.01 by default), as in the classic recipe. */
export function smallRandomInit(rows: number, cols: number, random: Random, scale = 0.01): Matrix {
  return gaussian(rows, cols, random, scale);
}

/**
 * Xavier/Glorot (normal): N(0, 2 / (fanIn + fanOut)), with fanIn = cols and fanOut = rows.
 * Suits tanh, sigmoid and linear units, whose slope near 0 is about constant.
 */
export function xavierInit(rows: number, cols: number, random: Random): Matrix {
  return gaussian(rows, cols, random, Math.sqrt(2 / (rows + cols)));
}

/**
 * He (normal): N(0, 2 / fanIn), with fanIn = cols. A ReLU zeroes about half of its inputs, so
 * the variance is doubled to make up for it.
 */
export function heInit(rows: number, cols: number, random: Random): Matrix {
  return gaussian(rows, cols, random, Math.sqrt(2 / cols));
}

/** The initial (rows×cols) weight matrix for a scheme given by name. */
export function initWeights(name: InitName, rows: number, cols: number, random: Random): Matrix {
  switch (name) {
    case 'zeros':
      return zerosInit(rows, cols);
    case 'small':
      return smallRandomInit(rows, cols, random);
    case 'xavier':
      return xavierInit(rows, cols, random);
    case 'he':
      return heInit(rows, cols, random);
    default:
      throw new RangeError(`initWeights: unknown scheme "${name as string}"; use zeros, small, xavier or he`);
  }
}
