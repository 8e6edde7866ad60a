/**
 * Every number printed in docs/06-forward-propagation.md, computed by the reference library at
 * build time (lib/matrix.ts's matmul, transpose and addBias, lib/activations.ts's activate and
 * softmax, lib/init.ts and lib/random.ts for the starting weights). The page refers to them as
 * @{key}. The forward pass is the widget's (../.vitepress/theme/network-diagram/network.ts),
 * so the page, the figures and <NetworkDiagram /> show the same numbers; their inputs are in
 * ./06-forward-propagation-inputs.ts, shared with the grader.
 */
import { activate, softmax } from '../../lib/activations.ts';
import { bumpNetwork } from '../../lib/bump-network.ts';
import { smallRandomInit } from '../../lib/init.ts';
import { XOR } from '../../lib/logic-gates.ts';
import { Matrix, addBias, matmul, transpose } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';
import { createRandom } from '../../lib/random.ts';
import { train } from '../../lib/train.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import { columnsOf, forwardPass, toMatrix } from '../.vitepress/theme/network-diagram/network.ts';
import { initExample, net341, net3Layer } from './06-forward-propagation-inputs.ts';

/** Products of one-decimal numbers carry float noise (0.5 − 0.4 − 0.1 is −2.8e−17): print them clean. */
const n = (v: number) => formatWorkedNumber(Number(v.toFixed(10)));
/** To 4 decimals, for the entries of a displayed matrix (the page says ≈ where it rounds). */
const r4 = (v: number) => n(Number(v.toFixed(4)));

/** A matrix as TeX: \begin{bmatrix} … \end{bmatrix}, entries printed by `print`. */
function tex(m: Matrix | readonly (readonly number[])[], print: (v: number) => string = n): string {
  const rows = m instanceof Matrix ? m.toArray() : m;
  return `\\begin{bmatrix} ${rows.map((row) => row.map(print).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}
/** A list as a TeX column vector. */
const texColumn = (v: readonly number[], print: (v: number) => string = n) => tex(v.map((x) => [x]), print);
/** "(1, 0.5, -1)". */
const texTuple = (v: readonly number[]) => `(${v.map(n).join(', ')})`;
/** "(4 \times 3)". */
const texShape = (rows: number, cols: number) => `(${rows} \\times ${cols})`;
/** "(0.2)(1) + (-0.4)(0.5) + (0.1)(-1)": a dot product written out, each factor in brackets. */
const texTerms = (w: readonly number[], x: readonly number[]) => w.map((wi, i) => `(${n(wi)})(${n(x[i])})`).join(' + ');

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/06-forward-propagation.ts: the page says "${sentence}", which lib no longer gives`);
}
const same = (a: Matrix, b: Matrix) => a.rows === b.rows && a.cols === b.cols && a.data.every((v, i) => Math.abs(v - b.data[i]) < 1e-12);
/** The message of the Error that `f` throws (the build stops if it throws none). */
function errorOf(f: () => unknown, what: string): string {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`docs/worked/06-forward-propagation.ts: ${what} was expected to throw, and did not`);
}

// ---- The 3-4-1 network: one layer, one example. ----
const [small1, small2] = net341.layers;
const W1 = toMatrix(small1.W);
const b1 = toMatrix(small1.b);
const X = toMatrix(net341.X);
const [x1, x2] = columnsOf(net341.X);
const m = X.cols;
const unitZ = small1.W[0].reduce((s, w, k) => s + w * x1[k], small1.b[0][0]);
const z1Single = addBias(matmul(W1, Matrix.column(x1)), b1);
claim(Math.abs(z1Single.get(0, 0) - unitZ) < 1e-12, 'entry 1 of z[1] is unit 1 of chapter 5, the dot product plus the bias');
const a1Single = activate(net341.activations[0], z1Single);

// ---- The 3-4-1 network: every shape from the sizes, and its pass over the batch. ----
const sizes341 = net341.sizes;
const shapeRows341 = sizes341
  .slice(1)
  .map((units, i) => {
    const l = i + 1;
    const previous = sizes341[i];
    return (
      `| ${l} | $n_{${l}} = ${units}$ | $W^{[${l}]}$: $${texShape(units, previous)}$ | $\\mathbf{b}^{[${l}]}$: $${texShape(units, 1)}$ ` +
      `| $\\mathbf{z}^{[${l}]}$, $\\mathbf{a}^{[${l}]}$: $${texShape(units, 1)}$ | ${units * previous + units} |`
    );
  })
  .join('\n');
const params341 = sizes341.slice(1).reduce((s, units, i) => s + units * sizes341[i] + units, 0);
const pass341 = forwardPass(net341, X);

// ---- Many examples at once: a loop over the columns is the matrix product. ----
const W1X = matmul(W1, X);
const columnProducts = [x1, x2].map((x) => matmul(W1, Matrix.column(x)));
claim(columnProducts.every((c, j) => c.data.every((v, i) => v === W1X.get(i, j))), 'column j of W X is W times example j, exactly');
const entryRow = 1; // the entry (2, 1): row 2 of W[1] with example 1
const entry = W1X.get(entryRow, 0);

// ---- Broadcasting the bias, and the other axis. ----
const Z1 = addBias(W1X, b1);
claim(same(Z1, pass341[0].Z), 'W X + b is the Z[1] of the pass');
const biasCopies = Matrix.from(small1.b.map(([bi]) => new Array(m).fill(bi)));
// A batch of four in which examples 1 and 3 are the same x(1): the bias added along the wrong
// axis (b_j to every entry of column j) gives them different answers.
const X4 = toMatrix(x1.map((_, i) => [x1[i], x2[i], x1[i], x2[i]]));
const W1X4 = matmul(W1, X4);
const right4 = addBias(W1X4, b1);
const wrong4 = transpose(addBias(transpose(W1X4), b1));
claim(right4.column(0).every((v, i) => v === right4.get(i, 2)), 'with the bias down each column, the two copies of x(1) get the same z');
claim(wrong4.column(0).some((v, i) => v !== wrong4.get(i, 2)), 'along the wrong axis they do not');

// ---- The 3-layer pass: every Z and A for the two examples. ----
const X3 = toMatrix(net3Layer.X);
const pass = forwardPass(net3Layer, X3);
const [first, second, third] = pass;
claim(first.A.data.some((v) => v === 0) && first.Z.data.some((v) => v < 0), 'the ReLU layer sets a negative z to 0');
const m3 = X3.cols;
const columnSums = Array.from({ length: m3 }, (_, j) => third.A.column(j).reduce((s, v) => s + v, 0));
claim(columnSums.every((s) => Math.abs(s - 1) < 1e-12), 'each column of A[3] sums to 1');
const clipped = first.Z.toArray().flatMap((row, i) => row.flatMap((z, j) => (z < 0 ? [{ unit: i + 1, example: j + 1, z }] : [])));
const sigmoidEntry = { z: second.Z.get(0, 0), a: second.A.get(0, 0) };

// Softmax of column 1, step by step, and along the wrong axis.
const logits = third.Z.column(0);
const exps = logits.map(Math.exp);
const expSum = exps.reduce((s, v) => s + v, 0);
claim(softmax(logits).every((p, i) => Math.abs(p - third.A.get(i, 0)) < 1e-15), 'softmax of column 1 is column 1 of A[3]');
const rowWise = transpose(activate('softmax', transpose(third.Z)));
const rowWiseColumnSums = Array.from({ length: m3 }, (_, j) => rowWise.column(j).reduce((s, v) => s + v, 0));
const rowWiseSingle = transpose(activate('softmax', transpose(Matrix.column(logits))));
claim(rowWiseSingle.data.every((v) => v === 1), 'softmax along the rows of a single example gives 1 everywhere');
const predicted = Array.from({ length: m3 }, (_, j) => third.A.column(j).indexOf(Math.max(...third.A.column(j))) + 1);

// ---- Where the weights come from: N(0, 1/n_{l−1}) keeps z on the scale of the inputs. ----
const random = createRandom(initExample.seed);
// initializeParameters draws from one generator, layer after layer, row by row: so does this.
const initialW = initExample.sizes.slice(1).map((units, i) => smallRandomInit(units, initExample.sizes[i], random, Math.sqrt(1 / initExample.sizes[i])));
const wide = { inputs: 1000, units: 500, seed: 7 };
const wideRandom = createRandom(wide.seed);
const wideX = Matrix.from(Array.from({ length: wide.inputs }, () => [wideRandom.gaussian()]));
const spread = (scale: number) => {
  const z = matmul(smallRandomInit(wide.units, wide.inputs, wideRandom, scale), wideX);
  const std = Math.sqrt(z.data.reduce((s, v) => s + v * v, 0) / z.data.length);
  const saturated = z.data.filter((v) => Math.abs(v) > 4).length / z.data.length;
  return { std, saturated };
};
const scaled = spread(Math.sqrt(1 / wide.inputs));
const unscaled = spread(1);
claim(Math.abs(scaled.std - 1) < 0.1 && unscaled.std > 25, 'the scaled weights keep z near standard deviation 1, unscaled ones near the square root of n');

// ---- The row convention: X^T W^T + b^T is Z transposed. ----
const rowForm = matmul(transpose(X), transpose(W1));
claim(same(transpose(rowForm), W1X), 'X^T W^T is (W X)^T');
claim(same(addBias(transpose(rowForm), b1), Z1), 'so adding the bias gives the same Z, transposed');

// ---- Shape errors, as lib reports them. ----
const errorRowsX = errorOf(() => matmul(W1, transpose(X)), 'W[1] times X with the examples as rows');
const errorBiasRow = errorOf(() => addBias(W1X, transpose(b1)), 'a bias row');
const errorSkipped = errorOf(() => matmul(toMatrix(small2.W), X), 'W[2] times X');

// ---- The self-check: a 784-128-64-10 network. ----
const bigSizes = [784, 128, 64, 10];
const bigBatch = 32;
const bigParams = bigSizes.slice(1).reduce((s, units, i) => s + units * bigSizes[i] + units, 0);

// ---- What one hidden layer can represent: XOR's features, and bumps that draw a curve. ----

/**
 * The smallest network that solves XOR, 2-2-1 (tanh hidden units, a sigmoid output), trained by
 * lib with chapter 8's full-batch loop. Seed 6 is one of the starts that solve it (chapter 8
 * counts how many of 20 do).
 */
export const xorFeatures = (() => {
  const setup = { sizes: [2, 2, 1], seed: 6, epochs: 2000, learningRate: 0.5 };
  const xor = XOR();
  const x = Matrix.from([xor.xs.map((p) => p[0]), xor.xs.map((p) => p[1])]);
  const y = Matrix.from([[...xor.ys]]);
  const net = new Mlp({ sizes: setup.sizes, hidden: 'tanh', output: 'sigmoid', random: createRandom(setup.seed) });
  train(net, { x, y }, { epochs: setup.epochs, batchSize: 4, random: createRandom(setup.seed), learningRate: setup.learningRate });
  const [hidden, output] = net.dense;
  const W = hidden.weight.value.toArray();
  const b = Array.from(hidden.bias.value.data);
  const v = Array.from(output.weight.value.data);
  const c = output.bias.value.data[0];
  /** The hidden units' outputs for an input: the point's new coordinates. */
  const features = (p: readonly number[]) => W.map((row, j) => Math.tanh(row[0] * p[0] + row[1] * p[1] + b[j]));
  const points = xor.xs.map((p, i) => ({ x: p as [number, number], label: xor.ys[i] as 0 | 1, h: features(p) as [number, number] }));
  const outputs = Array.from(net.forward(x).data);
  return { setup, net, W, b, v, c, features, points, outputs, accuracy: net.accuracy(x, xor.ys) };
})();
claim(xorFeatures.accuracy === 1, 'the 2-2-1 network classifies the four XOR points right');
/** Where unit j's line w · x + b = 0 crosses the diagonal x₁ = x₂ (both units of the trained network weigh the inputs nearly equally). */
const diagonalCrossing = (j: number) => -xorFeatures.b[j] / (xorFeatures.W[j][0] + xorFeatures.W[j][1]);
const [cut1, cut2] = [diagonalCrossing(0), diagonalCrossing(1)];
// Unit 1 fires only above x₁ + x₂ ≈ 2·cut1 (an AND), unit 2 above 2·cut2 (an OR), and the output reads "OR but not AND".
claim(
  xorFeatures.W.every((row) => row[0] > 0 && row[0].toFixed(2) === row[1].toFixed(2)) && cut1 > 0.5 && cut1 < 1 && cut2 > 0 && cut2 < 0.5,
  'each unit weighs its two inputs equally to two decimals; unit 1 separates (1, 1) from the other three points and unit 2 separates (0, 0) from the rest',
);
claim(xorFeatures.v[0] < 0 && xorFeatures.v[1] > 0, 'the output unit weighs the OR-like unit positively and the AND-like unit negatively');
const xorHidden = xorFeatures.points.map((p) => p.h);

/** Nielsen's bumps on [0, 1]: the target, and the worst error of the bump network for each count of bumps. */
export const bumps = (() => {
  const target = (x: number) => 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x);
  const steepness = 500;
  const counts = [10, 40];
  const grid = Array.from({ length: 2001 }, (_, i) => i / 2000);
  const runs = counts.map((count) => {
    const net = Mlp.fromJSON(bumpNetwork(target, { bumps: count, steepness }));
    const values = Array.from(net.forward(Matrix.from([grid])).data);
    return { count, net, values, error: Math.max(...grid.map((x, i) => Math.abs(values[i] - target(x)))) };
  });
  return { target, steepness, grid, runs };
})();
claim(bumps.runs[1].error < bumps.runs[0].error / 4, 'four times as many bumps make the worst error more than four times smaller');

const worked: Record<string, number | string> = {
  // One neuron, one layer (the 3-4-1 network's first layer).
  x1: texColumn(x1),
  x1Text: texTuple(x1),
  x2Text: texTuple(x2),
  unitRow: texTuple(small1.W[0]),
  unitB: small1.b[0][0],
  unitTerms: texTerms(small1.W[0], x1),
  unitZ,
  unitA: a1Single.get(0, 0),
  W1: tex(small1.W),
  b1: tex(small1.b),
  z1Single: texColumn(z1Single.column(0)),
  a1Single: texColumn(a1Single.column(0), r4),

  // The 3-4-1 network.
  shapeRows341,
  params341,
  W2small: tex(small2.W),
  b2small: tex(small2.b),
  Z1small: tex(pass341[0].Z),
  A1small: tex(pass341[0].A, r4),
  Z2small: tex(pass341[1].Z, r4),
  A2small: tex(pass341[1].A, r4),

  // Vectorising.
  m,
  X: tex(X),
  x2: texColumn(x2),
  W1x1: texColumn(columnProducts[0].column(0)),
  W1x2: texColumn(columnProducts[1].column(0)),
  W1X: tex(W1X),
  entryRowNumber: entryRow + 1,
  entryRow: texTuple(small1.W[entryRow]),
  entryTerms: texTerms(small1.W[entryRow], x1),
  entry,

  // Broadcasting.
  biasCopies: tex(biasCopies),
  Z1: tex(Z1),
  X4: tex(X4),
  right4: tex(right4),
  wrong4: tex(wrong4),

  // The 3-layer pass.
  sizes: net3Layer.sizes.join('-'),
  X3: tex(X3),
  x31Text: texTuple(columnsOf(net3Layer.X)[0]),
  x32Text: texTuple(columnsOf(net3Layer.X)[1]),
  W31: tex(net3Layer.layers[0].W),
  b31: tex(net3Layer.layers[0].b),
  W32: tex(net3Layer.layers[1].W),
  b32: tex(net3Layer.layers[1].b),
  W33: tex(net3Layer.layers[2].W),
  b33: tex(net3Layer.layers[2].b),
  Z31: tex(first.Z),
  A31: tex(first.A),
  Z32: tex(second.Z, r4),
  A32: tex(second.A, r4),
  Z33: tex(third.Z, r4),
  A33: tex(third.A, r4),
  clipped: clipped.map((c) => `unit ${c.unit} of example ${c.example} ($z = ${n(c.z)}$)`).join(' and '),
  sigmoidZ: Number(sigmoidEntry.z.toFixed(4)),
  sigmoidA: Number(sigmoidEntry.a.toFixed(4)),
  predicted1: predicted[0],
  predicted2: predicted[1],

  // Softmax column by column.
  logits: texColumn(logits, r4),
  exps: texColumn(exps, r4),
  expSum: Number(expSum.toFixed(4)),
  A3col1: texColumn(third.A.column(0), r4),
  rowWise: tex(rowWise, r4),
  rowWiseSum1: Number(rowWiseColumnSums[0].toFixed(4)),
  rowWiseSum2: Number(rowWiseColumnSums[1].toFixed(4)),

  // Initialisation.
  initSizes: initExample.sizes.join(', '),
  initSeed: initExample.seed,
  initW1: tex(initialW[0], (v) => n(Number(v.toFixed(3)))),
  initW2: tex(initialW[1], (v) => n(Number(v.toFixed(3)))),
  initN0: initExample.sizes[0],
  initN1: initExample.sizes[1],
  initStd1: Number(Math.sqrt(1 / initExample.sizes[0]).toFixed(3)),
  initStd2: Math.sqrt(1 / initExample.sizes[1]),
  wideInputs: wide.inputs,
  wideUnits: wide.units,
  wideSqrt: Number(Math.sqrt(wide.inputs).toFixed(1)),
  scaledStd: Number(scaled.std.toFixed(2)),
  unscaledStd: Number(unscaled.std.toFixed(1)),
  scaledSaturated: Number((100 * scaled.saturated).toFixed(1)),
  unscaledSaturated: Number((100 * unscaled.saturated).toFixed(1)),

  // The row convention.
  XT: tex(transpose(X)),
  W1T: tex(transpose(W1)),
  rowForm: tex(rowForm),

  // The self-check.
  bigSizes: bigSizes.join('-'),
  bigBatch,
  bigW2: texShape(bigSizes[2], bigSizes[1]),
  bigB3: texShape(bigSizes[3], 1),
  bigA2: texShape(bigSizes[2], bigBatch),
  bigParamTerms: bigSizes
    .slice(1)
    .map((units, i) => `${bigSizes[i]} \\cdot ${units} + ${units}`)
    .join(' + '),
  bigParams: `${bigParams}`.replace(/\B(?=(\d{3})+$)/g, '{,}'),

  // What one hidden layer can represent.
  xorSeed: xorFeatures.setup.seed,
  xorEpochs: xorFeatures.setup.epochs,
  xorEta: xorFeatures.setup.learningRate,
  xorW: tex(xorFeatures.W, (v) => n(Number(v.toFixed(2)))),
  xorB: texColumn(xorFeatures.b, (v) => n(Number(v.toFixed(2)))),
  xorV: tex([xorFeatures.v], (v) => n(Number(v.toFixed(2)))),
  xorC: Number(xorFeatures.c.toFixed(2)),
  xorCut1: Number((2 * cut1).toFixed(2)),
  xorCut2: Number((2 * cut2).toFixed(2)),
  xorHidden: xorHidden.map((h) => `(${h.map((v) => n(Number(v.toFixed(2)))).join(', ')})`).join(',\\allowbreak\\ '),
  xorOutputs: `(${xorFeatures.outputs.map((v) => n(Number(v.toFixed(3)))).join(', ')})`,
  bumpSteepness: bumps.steepness,
  bumpsFew: bumps.runs[0].count,
  bumpsFewUnits: 2 * bumps.runs[0].count,
  bumpsFewError: Number(bumps.runs[0].error.toFixed(3)),
  bumpsMany: bumps.runs[1].count,
  bumpsManyUnits: 2 * bumps.runs[1].count,
  bumpsManyError: Number(bumps.runs[1].error.toFixed(3)),

  // Shape errors.
  errorRowsX,
  errorBiasRow,
  errorSkipped,
};

export default worked;
