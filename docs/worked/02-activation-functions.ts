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
import { XOR } from '../../lib/logic-gates.ts';
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

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/02-activation-functions.ts: the page says "${sentence}", which lib no longer gives`);
}

// ---- Two ReLU units solve XOR (Goodfellow, Bengio and Courville, Deep Learning, section 6.1). ----
/** Both hidden units see s = x₁ + x₂; the second switches on one unit later. y > threshold is label 1. */
export const xorRelu = { W1: [[1, 1], [1, 1]], b1: [0, -1], w2: [1, -2], b2: 0, threshold: 0.5 };
/** The network's output y at x, with or without the ReLUs between the layers. */
export function xorReluOutput(x: readonly number[], g: (z: number) => number = relu): { hidden: number[]; y: number } {
  const hidden = apply(xorRelu.W1, xorRelu.b1, x).map(g);
  return { hidden, y: hidden.reduce((sum, h, j) => sum + xorRelu.w2[j] * h, xorRelu.b2) };
}
const xorData = XOR();
const xorRows = xorData.xs.map((x) => ({ x, ...xorReluOutput(x), linearY: xorReluOutput(x, linear).y }));
claim(
  xorRows.every(({ y }, i) => (y > xorRelu.threshold ? 1 : 0) === xorData.ys[i]),
  'reading y > 1/2 as label 1 gives XOR on all four inputs',
);
claim(
  xorRows.map((r) => r.linearY).join() === '2,1,1,0' && xorRows.map((r) => r.y).join() === '0,1,1,0',
  'with the ReLUs y is 0, 1, 1, 0; without them the same weights give 2 − s: 2, 1, 1, 0',
);
claim([-2, -0.5, 0, 1.5].every((z) => relu(z) + relu(-z) === Math.abs(z)), '|z| = relu(z) + relu(−z)');
/** "| (0, 1) | 1 | (1, 0) | 1 | 1 | 1 |": a row of the page's table per input. */
const xorTableRows = xorRows
  .map(({ x, hidden, y, linearY }, i) => `| $${texVector(x)}$ | $${x[0] + x[1]}$ | $${texVector(hidden)}$ | $${formatWorkedNumber(y)}$ | $${xorData.ys[i]}$ | $${formatWorkedNumber(linearY)}$ |`)
  .join('\n');

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

  // Two ReLU units solve XOR.
  xorReluRows: xorTableRows,

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
