/**
 * Every number printed in docs/02-activation-functions.md, computed by the reference library at
 * build time. The page refers to them as @{key}.
 */
import {
  elu,
  heaviside,
  leakyRelu,
  linear,
  maxout,
  piecewiseLinear,
  relu,
  sigmoid,
  sign,
  softmax,
  softplus,
  tanh,
} from '../../lib/activations.ts';
import { collapseLinearLayers } from '../../lib/linear-collapse.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';

/** A matrix (an array of rows) or a column vector as TeX. */
const texMatrix = (rows: readonly (readonly number[])[]) =>
  `\\begin{pmatrix} ${rows.map((row) => row.map(formatWorkedNumber).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
const texColumn = (v: readonly number[]) => texMatrix(v.map((x) => [x]));
/** "(0.659001, 0.242433, 0.0985659)": a vector as TeX. */
const texVector = (v: readonly number[]) => `(${v.map(formatWorkedNumber).join(', ')})`;

const apply = (W: readonly (readonly number[])[], b: readonly number[], x: readonly number[]) =>
  W.map((row, i) => row.reduce((sum, w, k) => sum + w * x[k], b[i]));

// ---- Two linear layers are one: a 2 -> 2 -> 1 example. ----
export const collapse = {
  W1: [[1, -1], [2, 1]],
  b1: [0.5, -1],
  W2: [[3, -2]],
  b2: [1],
  x: [1, 2],
};
const collapsed = collapseLinearLayers(collapse.W1, collapse.b1, collapse.W2, collapse.b2);
const hidden = apply(collapse.W1, collapse.b1, collapse.x);
const twoLayers = apply(collapse.W2, collapse.b2, hidden);
const oneLayer = apply(collapsed.W, collapsed.b, collapse.x);

// ---- Softmax on three logits, and on two huge equal ones. ----
export const logits = [2, 1, 0.1];
const probabilities = softmax(logits);
const big = softmax([1000, 1000]);

const worked: Record<string, number | string> = {
  // The step-like functions at the three kinds of z.
  heavisideNegative: heaviside(-2),
  heavisideZero: heaviside(0),
  heavisidePositive: heaviside(2),
  signNegative: sign(-2),
  signZero: sign(0),
  signPositive: sign(2),

  // Two linear layers and the one layer they collapse into.
  collapseW1: texMatrix(collapse.W1),
  collapseB1: texColumn(collapse.b1),
  collapseW2: texMatrix(collapse.W2),
  collapseB2: texColumn(collapse.b2),
  collapseW: texMatrix(collapsed.W),
  collapseB: texColumn(collapsed.b),
  collapseX: texColumn(collapse.x),
  collapseHidden: texColumn(hidden),
  collapseTwoLayers: twoLayers[0],
  collapseOneLayer: oneLayer[0],

  // The ramp at its corners and in the middle.
  rampLeft: piecewiseLinear(-0.5),
  rampMiddle: piecewiseLinear(0.25),
  rampRight: piecewiseLinear(0.5),

  // The sigmoid: its middle, its symmetry, its saturation.
  sigmoidZero: sigmoid(0),
  sigmoidTwo: sigmoid(2),
  sigmoidMinusTwo: sigmoid(-2),
  sigmoidFive: sigmoid(5),
  sigmoidMinusFive: sigmoid(-5),
  sigmoidBigNegative: sigmoid(-1000),
  sigmoidBigPositive: sigmoid(1000),

  // tanh against the sigmoid: tanh(1) = 2 σ(2) − 1.
  tanhOne: tanh(1),
  tanhViaSigmoid: 2 * sigmoid(2) - 1,

  // The rectifiers at z = -2 and z = 3.
  reluNegative: relu(-2),
  reluPositive: relu(3),
  leakyNegative: leakyRelu(-2),
  leakyPositive: leakyRelu(3),
  eluNegative: elu(-2),
  eluPositive: elu(3),
  eluFarLeft: elu(-20),
  softplusZero: softplus(0),
  softplusNegative: softplus(-2),
  softplusPositive: softplus(3),
  softplusBig: softplus(1000),
  linearExample: linear(3),

  // Maxout with pieces (z, 0) is ReLU; with (z, 0.1 z), leaky ReLU with α = 0.1.
  maxoutPieces: texVector([-2, 0]),
  maxoutReluValue: maxout([-2, 0]),
  maxoutLeakyPieces: texVector([-2, -0.2]),
  maxoutLeakyValue: maxout([-2, -0.2]),

  // Softmax.
  logits: texVector(logits),
  softmaxExample: texVector(probabilities),
  softmaxSum: probabilities.reduce((s, p) => s + p, 0),
  softmaxShifted: texVector(softmax(logits.map((z) => z - Math.max(...logits)))),
  softmaxBig1: big[0],
  softmaxBig2: big[1],
  softmaxTwoClass: softmax([2, 0])[0],
  sigmoidOfTwo: sigmoid(2),
};

export default worked;
