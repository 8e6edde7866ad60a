/**
 * Every number printed in docs/08-training.md, computed by the reference library at build time
 * (lib/losses.ts, lib/batches.ts, lib/optim.ts, lib/adam.ts, lib/network.ts, lib/train.ts). The page
 * refers to them as @{key}; the figures import the runs from here, so the pictures and the page
 * come from the same training and the site trains each network once.
 */
import { Adam, adamUpdate } from '../../lib/adam.ts';
import { batchIndices, iterationsPerEpoch, miniBatches } from '../../lib/batches.ts';
import { circles, moons } from '../../lib/datasets.ts';
import { XOR } from '../../lib/logic-gates.ts';
import { binaryCrossEntropy, categoricalCrossEntropy, meanSquaredError } from '../../lib/losses.ts';
import { Matrix } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';
import { SGD, exponentialDecay, inverseTimeDecay, momentumUpdate, sgdUpdate } from '../../lib/optim.ts';
import { rmspropUpdate } from '../../lib/rmsprop.ts';
import { createRandom } from '../../lib/random.ts';
import { train } from '../../lib/train.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import * as inputs from './08-training-inputs.ts';

const n = formatWorkedNumber;
/** A number in a table cell (outside TeX): with a true minus sign, as TeX would print it. */
const cell = (v: number) => formatWorkedNumber(v).replace('-', '−');
const texVector = (v: readonly number[]) => `(${v.map(n).join(', ')})`;
/** 55000 as TeX with a thin group separator: 55{,}000. */
const grouped = (v: number) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');
const round = (v: number, digits: number) => Number(v.toFixed(digits));
/** An order of magnitude as TeX: 3.2 \\times 10^{-5}. */
function sci(v: number): string {
  const exponent = Math.floor(Math.log10(Math.abs(v)));
  return `${(v / 10 ** exponent).toFixed(1)} \\times 10^{${exponent}}`;
}

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/08-training.ts: the page says "${sentence}", which lib no longer gives`);
}

/** Examples as columns: a (2 × m) input matrix and a (1 × m) row of labels. */
export function asColumns(xs: readonly (readonly number[])[], ys: readonly number[]): { x: Matrix; y: Matrix } {
  return { x: Matrix.from([xs.map((p) => p[0]), xs.map((p) => p[1])]), y: Matrix.from([[...ys]]) };
}

// ---- Losses, on the inputs the grader checks first: three classes, two examples. ----
type Rows = readonly (readonly number[])[];
const matrixOf = (rows: Rows) => Matrix.from(rows.map((r) => [...r]));
/** A matrix as TeX: \begin{pmatrix} … \end{pmatrix}. */
const texMatrix = (rows: Rows) => `\\begin{pmatrix} ${rows.map((r) => r.map(n).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
const lossAL = matrixOf(inputs.losses.AL);
const lossY = matrixOf(inputs.losses.Y);
const mse = meanSquaredError(lossAL, lossY);
const squaredErrors = inputs.losses.AL.flatMap((row, i) => row.map((a, j) => round((a - inputs.losses.Y[i][j]) ** 2, 12)));
const cce = categoricalCrossEntropy(lossAL, lossY);
/** The probability each example gives its right class. */
const rightProbabilities = inputs.losses.Y[0].map((_, j) => inputs.losses.AL[inputs.losses.Y.findIndex((row) => row[j] === 1)][j]);
// lib's binary cross-entropy is a mean over all n·m entries; the notes' variant sums over the n outputs, so × n.
const summedBce = inputs.losses.AL.length * binaryCrossEntropy(lossAL, lossY);
const confidentWrong = categoricalCrossEntropy(matrixOf(inputs.confidentWrong.AL), matrixOf(inputs.confidentWrong.Y));

// ---- Mini-batches: five examples in batches of 2, seed 7. ----
const batchOrder = batchIndices(inputs.batches.X[0].length, inputs.batches.batchSize, createRandom(inputs.batches.seed));
const shownBatches = miniBatches(matrixOf(inputs.batches.X), matrixOf(inputs.batches.Y), inputs.batches.batchSize, createRandom(inputs.batches.seed));

// ---- Epochs and iterations. ----
export const notesData = inputs.epochCount;
const notesIterations = iterationsPerEpoch(notesData.count, notesData.batchSize);
claim(notesIterations === 550, '55,000 examples in batches of 100 make 550 iterations');
const oddBatch = 128;
const oddIterations = iterationsPerEpoch(notesData.count, oddBatch);
const lastBatch = notesData.count - (oddIterations - 1) * oddBatch;

// ---- Batch, mini-batch and stochastic gradient descent on the moons. ----
export const comparison = { points: 200, noise: 0.15, dataSeed: 3, netSeed: 7, sizes: [2, 8, 1], learningRate: 0.5, epochs: 30, batchSizes: [200, 20, 1] };
const comparisonData = moons(comparison.points, createRandom(comparison.dataSeed), { noise: comparison.noise });
const comparisonSet = asColumns(comparisonData.xs, comparisonData.ys);
/** The cost on all the points before training and after each epoch, for each batch size. */
export const comparisonRuns = comparison.batchSizes.map((batchSize) => {
  const net = new Mlp({ sizes: comparison.sizes, hidden: 'tanh', output: 'sigmoid', random: createRandom(comparison.netSeed) });
  const costs = [net.loss(comparisonSet.x, comparisonSet.y)];
  const shuffler = createRandom(comparison.netSeed);
  for (let epoch = 0; epoch < comparison.epochs; epoch++) {
    train(net, comparisonSet, { epochs: 1, batchSize, random: shuffler, learningRate: comparison.learningRate });
    costs.push(net.loss(comparisonSet.x, comparisonSet.y));
  }
  return { batchSize, updatesPerEpoch: iterationsPerEpoch(comparison.points, batchSize), costs, accuracy: net.accuracy(comparisonSet.x, comparisonData.ys) };
});
const [fullRun, miniRun, sgdRun] = comparisonRuns;
/** How often the stochastic run's cost went up from one epoch to the next. */
const sgdRises = sgdRun.costs.filter((c, k) => k > 0 && c > sgdRun.costs[k - 1]).length;
claim(fullRun.costs.every((c, k) => k === 0 || c < fullRun.costs[k - 1]), 'full-batch descent lowers the cost at every epoch here');
claim(sgdRises > 0 && sgdRun.costs.at(-1)! < fullRun.costs.at(-1)!, 'the stochastic run is bumpy but ends lower per epoch');

// ---- Learning-rate decay. ----
export const decay = { initial: inputs.decay.initial, k: inputs.decay.decay, rate: 0.9, epochs: 30 };
const decayRows = [...inputs.decay.epochs, 10]
  .map((e) => `| ${e} | ${e + 1} | ${cell(inverseTimeDecay(decay.initial, decay.k, e))} | ${cell(exponentialDecay(decay.initial, decay.rate, e))} |`)
  .join('\n');

// ---- Learning-rate regimes: one network, four rates. ----
export const regimes = { rates: [0.02, 1, 30, 300], epochs: 60 };
/** The moons network of the batch comparison, in batches of 20, at each rate: the cost before training and after each epoch, and the size of all its parameters. */
export const regimeRuns = regimes.rates.map((learningRate) => {
  const net = new Mlp({ sizes: comparison.sizes, hidden: 'tanh', output: 'sigmoid', random: createRandom(comparison.netSeed) });
  const costs = [net.loss(comparisonSet.x, comparisonSet.y)];
  const shuffler = createRandom(comparison.netSeed);
  const norms: number[] = [];
  for (let epoch = 0; epoch < regimes.epochs; epoch++) {
    train(net, comparisonSet, { epochs: 1, batchSize: 20, random: shuffler, learningRate });
    costs.push(net.loss(comparisonSet.x, comparisonSet.y));
    norms.push(Math.hypot(...net.parameters().flatMap((p) => Array.from(p.value.data))));
  }
  return { learningRate, costs, norms, accuracy: net.accuracy(comparisonSet.x, comparisonData.ys) };
});
const [slowRun, goodRun, jumpyRun, divergentRun] = regimeRuns;
const regimeRises = (costs: readonly number[]) => costs.filter((c, k) => k > 0 && c > 2 * costs[k - 1]).length;
claim(slowRun.costs.every((c, k) => k === 0 || c < slowRun.costs[k - 1]) && slowRun.costs.at(-1)! > 4 * goodRun.costs.at(-1)!, 'the smallest rate lowers the cost at every epoch but ends far above the good one');
claim(goodRun.costs.at(-1)! < 0.1, 'the good rate gets the cost below 0.1');
claim(regimeRises(jumpyRun.costs) >= 3 && Math.min(...jumpyRun.costs) < 1 && jumpyRun.costs.at(-1)! > goodRun.costs.at(-1)!, 'the large rate lowers the cost at times but keeps jumping up');
claim(divergentRun.costs.slice(1).every((c) => c > divergentRun.costs[0]) && divergentRun.norms[0] > 1000, 'the largest rate throws the weights far away in the first epoch and the cost never comes back below its start');

// ---- Momentum and Adam on an elongated bowl f(θ) = ½(θ₁² + κ θ₂²). ----
export const bowl = { kappa: 50, start: [-4, 0.8] as [number, number], learningRate: 0.03, beta: 0.9, adamRate: 0.3, tolerance: 0.01, maxSteps: 1000, settleSteps: 8000 };
export type Optimiser = 'sgd' | 'momentum' | 'adam';
/**
 * The path of an optimiser from the start; the first step that comes within the tolerance of
 * (0, 0), and the step from which it stays within it until the last step (-1 when it is outside at the end).
 */
export function bowlPath(kind: Optimiser, steps = bowl.maxSteps): { path: [number, number][]; reached: number; settled: number } {
  const theta = Matrix.from([[bowl.start[0]], [bowl.start[1]]]);
  const grad = new Matrix(2, 1);
  const velocity = new Float64Array(2);
  const [m, v] = [new Float64Array(2), new Float64Array(2)];
  const path: [number, number][] = [[bowl.start[0], bowl.start[1]]];
  let reached = -1;
  let settled = -1;
  for (let t = 1; t <= steps; t++) {
    grad.data[0] = theta.data[0];
    grad.data[1] = bowl.kappa * theta.data[1];
    if (kind === 'sgd') sgdUpdate(theta, grad, bowl.learningRate);
    else if (kind === 'momentum') momentumUpdate(theta, grad, velocity, bowl.learningRate, bowl.beta);
    else adamUpdate(theta, grad, m, v, t, bowl.adamRate);
    path.push([theta.data[0], theta.data[1]]);
    const inside = Math.hypot(theta.data[0], theta.data[1]) < bowl.tolerance;
    if (reached < 0 && inside) reached = t;
    if (!inside) settled = -1;
    else if (settled < 0) settled = t;
  }
  return { path, reached, settled };
}
const [sgdBowl, momentumBowl, adamBowl] = (['sgd', 'momentum', 'adam'] as const).map((kind) => bowlPath(kind, bowl.settleSteps));
claim(momentumBowl.settled > 0 && momentumBowl.settled < sgdBowl.settled / 1.5, 'momentum settles in fewer than two thirds of the steps of plain descent');
claim(sgdBowl.settled === sgdBowl.reached, 'plain descent stays once it is in');
claim(momentumBowl.settled > momentumBowl.reached, 'momentum overshoots: it leaves the ball again before it stays');
/** Adam's distance to the minimum at every step: close early, then thrown out again with a constant η. */
export const adamDistances = bowlPath('adam', bowl.settleSteps).path.map((p) => Math.hypot(p[0], p[1]));
const adamClosest = Math.min(...adamDistances.slice(adamBowl.reached, 1000));
const adamEscape = adamDistances.findIndex((d, t) => t > 1000 && d >= bowl.tolerance);
const adamLaterMax = Math.max(...adamDistances.slice(1000));
claim(adamClosest < bowl.tolerance / 10 && adamEscape > 1000 && adamLaterMax > 10 * bowl.tolerance, 'Adam gets very close, then is thrown out again far beyond the tolerance');
const acrossFactor = 1 - bowl.learningRate * bowl.kappa;
const alongFactor = 1 - bowl.learningRate;

// ---- RMSProp on the bowl: a step size per parameter. ----
export const rmsprop = { learningRate: 0.01, rho: 0.9, steps: 3 };
/** RMSProp's first steps on the bowl from the start: how far each coordinate moves at each step. */
const rmspropSteps = (() => {
  const theta = Matrix.from([[bowl.start[0]], [bowl.start[1]]]);
  const grad = new Matrix(2, 1);
  const meanSquare = new Float64Array(2);
  const moves: [number, number][] = [];
  for (let t = 0; t < rmsprop.steps; t++) {
    const before = [theta.data[0], theta.data[1]];
    grad.data[0] = theta.data[0];
    grad.data[1] = bowl.kappa * theta.data[1];
    rmspropUpdate(theta, grad, meanSquare, rmsprop.learningRate, rmsprop.rho);
    moves.push([theta.data[0] - before[0], theta.data[1] - before[1]]);
  }
  return moves;
})();
const firstGradient = [bowl.start[0], bowl.kappa * bowl.start[1]];
claim(Math.abs(firstGradient[1] / firstGradient[0]) === 10, "the steep coordinate's first gradient is ten times the shallow one's");
/** RMSProp's distance to the minimum late in a long run: it keeps jumping across it instead of settling. */
const rmspropLate = (() => {
  const theta = Matrix.from([[bowl.start[0]], [bowl.start[1]]]);
  const grad = new Matrix(2, 1);
  const meanSquare = new Float64Array(2);
  const distances: number[] = [];
  let alternates = true;
  for (let t = 0; t < 5000; t++) {
    const before = [theta.data[0], theta.data[1]];
    grad.data[0] = theta.data[0];
    grad.data[1] = bowl.kappa * theta.data[1];
    rmspropUpdate(theta, grad, meanSquare, rmsprop.learningRate, rmsprop.rho);
    if (t >= 1000) {
      distances.push(Math.hypot(theta.data[0], theta.data[1]));
      alternates &&= Math.sign(theta.data[0]) === -Math.sign(before[0]) && Math.sign(theta.data[1]) === -Math.sign(before[1]);
    }
  }
  return { min: Math.min(...distances), max: Math.max(...distances), alternates };
})();
claim(rmspropLate.max - rmspropLate.min < 1e-4 && Math.abs(rmspropLate.max - rmsprop.learningRate / Math.SQRT2) < 1e-4 && rmspropLate.alternates, 'from step 1000 to 5000 RMSProp stays about η/√2 from the minimum, jumping across it at every step');
claim(Math.abs(Math.abs(rmspropSteps[0][0]) - rmsprop.learningRate / Math.sqrt(1 - rmsprop.rho)) < 1e-9 && Math.abs(Math.abs(rmspropSteps[0][1]) - Math.abs(rmspropSteps[0][0])) < 1e-9, "RMSProp's first step is η/√(1 − ρ) in both coordinates");
claim(rmspropSteps.every(([a, b]) => Math.abs(b) / Math.abs(a) < 2 && Math.abs(a) / Math.abs(b) < 2), "RMSProp's steps stay of the same size in both coordinates while the gradients differ tenfold");

// ---- Adam's bias correction, for a constant gradient g = 1. ----
export const adamDemo = { beta1: 0.9, beta2: 0.999, gradient: 1 };
const firstMoments = [1, 2, 3].map((t) => (1 - adamDemo.beta1 ** t) * adamDemo.gradient);
const uncorrectedFirstStep = (1 - adamDemo.beta1) / Math.sqrt(1 - adamDemo.beta2);
const correctedStep = (() => {
  const value = Matrix.from([[0]]);
  adamUpdate(value, Matrix.from([[adamDemo.gradient]]), new Float64Array(1), new Float64Array(1), 1, 1, { ...adamDemo, epsilon: 0 });
  return -value.data[0];
})();
claim(Math.abs(correctedStep - 1) < 1e-12, "Adam's first step is η times the sign of the gradient");

// ---- The three update rules on the grader's small network, step by step. ----
const opt = inputs.optimiser;
/** Every parameter of the network as lib matrices, W then b per layer, with the gradient of step k. */
const parameters = () => opt.layers.flatMap((layer) => [matrixOf(layer.W), matrixOf(layer.b)]);
const gradientAt = (k: number) => opt.grads[k].flatMap((g) => [matrixOf(g.dW), matrixOf(g.db)]);
/** The output layer's W (1 × 2) and b after each step: what the page's table shows. */
const outputLayer = (values: Matrix[]) => ({ W: Array.from(values[2].data), b: values[3].data[0] });
const sgdValues = parameters();
gradientAt(0).forEach((g, i) => sgdUpdate(sgdValues[i], g, opt.learningRate));
const momentumValues = parameters();
const velocities = momentumValues.map((v) => new Float64Array(v.data.length));
const adamValues = parameters();
const adamMoments = adamValues.map((v) => ({ m: new Float64Array(v.data.length), v: new Float64Array(v.data.length) }));
const optimiserRows = [`| 0 | ${texRow(outputLayer(momentumValues))} | ${texRow(outputLayer(adamValues))} |`];
for (let k = 0; k < opt.grads.length; k++) {
  gradientAt(k).forEach((g, i) => {
    momentumUpdate(momentumValues[i], g, velocities[i], opt.learningRate, opt.beta);
    adamUpdate(adamValues[i], g, adamMoments[i].m, adamMoments[i].v, k + 1, opt.adamLearningRate);
  });
  optimiserRows.push(`| ${k + 1} | ${texRow(outputLayer(momentumValues))} | ${texRow(outputLayer(adamValues))} |`);
}
function texRow({ W, b }: { W: number[]; b: number }): string {
  return `$(${W.map(n).join(',\\allowbreak\\ ')})$, $${n(b)}$`;
}

// ---- The training trace trainMlp is graded on: lib's Mlp from the spine's initialisation. ----
/** The spine's initializeParameters (N(0, 1/n_{l−1}) row by row with createRandom(seed).gaussian(), zero biases). */
function spineLayers(sizes: readonly number[], seed: number): { W: number[][]; b: number[] }[] {
  const random = createRandom(seed);
  return sizes.slice(1).map((rows, l) => ({
    W: Array.from({ length: rows }, () => Array.from({ length: sizes[l] }, () => random.gaussian() * Math.sqrt(1 / sizes[l]))),
    b: Array<number>(rows).fill(0),
  }));
}
/** trainMlp's loop with lib: the cost on all of X before training and after each epoch, epoch k shuffled with seed + k. */
export function traceOf(X: Matrix, Y: Matrix, options: { sizes: readonly number[]; hiddenActivation: string; learningRate: number; epochs: number; batchSize: number; seed: number }) {
  const start = spineLayers(options.sizes, options.seed);
  const net = Mlp.fromJSON({
    sizes: [...options.sizes],
    hidden: Array(options.sizes.length - 2).fill(options.hiddenActivation),
    output: 'softmax',
    dropout: 0,
    weights: start.map((l) => l.W),
    biases: start.map((l) => l.b),
  });
  const sgd = new SGD(options.learningRate);
  const costs = [net.loss(X, Y)];
  const firstEpochBatches = batchIndices(X.cols, options.batchSize, createRandom(options.seed + 1));
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const batch of miniBatches(X, Y, options.batchSize, createRandom(options.seed + epoch))) net.trainStep(batch.x, batch.y, sgd);
    costs.push(net.loss(X, Y));
  }
  return { start, costs, net, firstEpochBatches };
}
const xorTable = XOR();
const oneHot = (ys: readonly number[]) => Matrix.from([ys.map((y) => (y === 0 ? 1 : 0)), ys.map((y) => (y === 1 ? 1 : 0))]);
export const xorColumns = { X: Matrix.from([xorTable.xs.map((p) => p[0]), xorTable.xs.map((p) => p[1])]), Y: oneHot(xorTable.ys) };
const trace = traceOf(xorColumns.X, xorColumns.Y, inputs.traceRun.options);
const traceRows = trace.costs.map((c, k) => `| ${k} | ${cell(c)} |`).join('\n');
export const ownXor = traceOf(xorColumns.X, xorColumns.Y, inputs.xorRun.options);
const ownXorAccuracy = ownXor.net.accuracy(xorColumns.X, xorTable.ys);
claim(ownXorAccuracy === 1, "trainMlp's XOR run classifies all four points right");
const circlesData = circles(inputs.circlesRun.data.count, createRandom(inputs.circlesRun.data.seed), { noise: inputs.circlesRun.data.noise });
const circlesColumns = { X: Matrix.from([circlesData.xs.map((p) => p[0]), circlesData.xs.map((p) => p[1])]), Y: oneHot(circlesData.ys) };
const ownCircles = traceOf(circlesColumns.X, circlesColumns.Y, inputs.circlesRun.options);
const ownCirclesAccuracy = ownCircles.net.accuracy(circlesColumns.X, circlesData.ys);
claim(ownCirclesAccuracy >= 0.95, "trainMlp's circles run classifies at least 95% right");

// ---- XOR: random against zero and constant initialisation. ----
export const xorSetup = { sizes: [2, 4, 1], hidden: 'tanh' as const, learningRate: 0.5, epochs: 1000, seed: 1 };
const xor = XOR();
export const xorSet = asColumns(xor.xs, xor.ys);
export const xorNet = new Mlp({ sizes: xorSetup.sizes, hidden: xorSetup.hidden, output: 'sigmoid', random: createRandom(xorSetup.seed) });
const xorStartCost = xorNet.loss(xorSet.x, xorSet.y);
/** The cost on the four points before training and after each epoch (full batch: one step per epoch). */
export const xorCosts = [xorStartCost];
train(xorNet, xorSet, {
  epochs: xorSetup.epochs,
  batchSize: xor.xs.length,
  random: createRandom(xorSetup.seed),
  learningRate: xorSetup.learningRate,
  onProgress: ({ loss, epoch }) => {
    if (epoch > 0) xorCosts.push(loss); // the cost before epoch e's step is the cost after epoch e − 1
  },
});
xorCosts.push(xorNet.loss(xorSet.x, xorSet.y));
const xorAccuracy = xorNet.accuracy(xorSet.x, xor.ys);
claim(xorAccuracy === 1 && xorCosts.length === xorSetup.epochs + 1, 'the network classifies all four XOR points right');
/** Halfway between the trained network and its copy with hidden units 1 and 2 swapped (same function, same cost). */
const midpointCost = (() => {
  const json = xorNet.toJSON();
  const swapRows = <T>(rows: T[]) => [rows[1], rows[0], ...rows.slice(2)];
  const swapped = { ...json, weights: [swapRows(json.weights[0]), json.weights[1].map(swapRows)], biases: [swapRows(json.biases[0]), json.biases[1]] };
  const copy = Mlp.fromJSON(swapped);
  claim(Math.abs(copy.loss(xorSet.x, xorSet.y) - xorNet.loss(xorSet.x, xorSet.y)) < 1e-12, 'swapping two hidden units changes nothing');
  const half = (a: number[][][], b: number[][][]) => a.map((m, l) => m.map((row, i) => row.map((v, j) => (v + b[l][i][j]) / 2)));
  const halfBias = (a: number[][], b: number[][]) => a.map((v, l) => v.map((x, i) => (x + b[l][i]) / 2));
  return Mlp.fromJSON({ ...json, weights: half(json.weights, swapped.weights), biases: halfBias(json.biases, swapped.biases) }).loss(xorSet.x, xorSet.y);
})();

/** The same network trained from weights that are all equal (`value`): 0 for zero initialisation. */
export function symmetricRun(value: number, hidden: 'tanh' | 'sigmoid' = xorSetup.hidden) {
  const net = new Mlp({ sizes: xorSetup.sizes, hidden, output: 'sigmoid', init: 'zeros', random: createRandom(xorSetup.seed) });
  for (const layer of net.dense) layer.weight.value.data.fill(value);
  const costs = [net.loss(xorSet.x, xorSet.y)];
  train(net, xorSet, {
    epochs: xorSetup.epochs,
    batchSize: 4,
    random: createRandom(xorSetup.seed),
    learningRate: xorSetup.learningRate,
    onProgress: ({ loss, epoch }) => {
      if (epoch > 0) costs.push(loss);
    },
  });
  costs.push(net.loss(xorSet.x, xorSet.y));
  return { net, costs, accuracy: net.accuracy(xorSet.x, xor.ys), hiddenRows: net.dense[0].weight.value.toArray(), outputRow: net.dense[1].weight.value.toArray()[0] };
}
export const zeroRun = symmetricRun(0);
export const constantInit = 0.5;
export const constantRun = symmetricRun(constantInit);
claim(zeroRun.costs.every((c) => c === Math.LN2) && zeroRun.hiddenRows.flat().every((w) => w === 0), 'from zeros nothing moves and the cost stays ln 2');
claim(constantRun.hiddenRows.every((row) => row.every((w, j) => w === constantRun.hiddenRows[0][j])), 'from equal weights the hidden units stay identical');

// ---- Non-convexity: the smallest XOR network from many seeds. ----
export const seedsSetup = { sizes: [2, 2, 1], seeds: 20, epochs: 2000, learningRate: 0.5 };
const seedRuns = Array.from({ length: seedsSetup.seeds }, (_, i) => {
  const net = new Mlp({ sizes: seedsSetup.sizes, hidden: 'tanh', output: 'sigmoid', random: createRandom(i + 1) });
  train(net, xorSet, { epochs: seedsSetup.epochs, batchSize: 4, random: createRandom(i + 1), learningRate: seedsSetup.learningRate });
  const cost = net.loss(xorSet.x, xorSet.y);
  net.backward(xorSet.y);
  const gradientNorm = Math.hypot(...net.parameters().flatMap((p) => Array.from(p.grad.data)));
  return { solved: net.accuracy(xorSet.x, xor.ys) === 1, cost, gradientNorm };
});
const stuck = seedRuns.filter((r) => !r.solved);
const solvedRuns = seedRuns.filter((r) => r.solved);
claim(stuck.length > 0 && solvedRuns.length > 0, 'some seeds solve XOR and some get stuck');

// ---- Non-convex landscapes: a saddle, a plateau, a narrow bowl, descended with lib's sgdUpdate. ----
/** Plain gradient descent on a function of two variables, from `start`: every point visited. */
export function descend(gradient: (p: readonly [number, number]) => [number, number], start: [number, number], learningRate: number, steps: number): [number, number][] {
  const theta = Matrix.from([[start[0]], [start[1]]]);
  const grad = new Matrix(2, 1);
  const path: [number, number][] = [[...start]];
  for (let t = 0; t < steps; t++) {
    const g = gradient([theta.data[0], theta.data[1]]);
    grad.data[0] = g[0];
    grad.data[1] = g[1];
    sgdUpdate(theta, grad, learningRate);
    path.push([theta.data[0], theta.data[1]]);
  }
  return path;
}
/** Steps until a path first satisfies `leaves` (the path must get there). */
const stepsUntil = (path: readonly [number, number][], leaves: (p: readonly [number, number]) => boolean, what: string) => {
  const t = path.findIndex(leaves);
  if (t < 0) throw new Error(`docs/worked/08-training.ts: the path never ${what}`);
  return t;
};
export const saddle = { learningRate: 0.1, start: [1, 1e-3] as [number, number], closerStart: [1, 1e-6] as [number, number], steps: 90 };
const saddleGradient = ([x, y]: readonly [number, number]): [number, number] => [2 * x, -2 * y];
export const saddlePath = descend(saddleGradient, saddle.start, saddle.learningRate, saddle.steps);
const saddleEscape = stepsUntil(saddlePath, (p) => Math.abs(p[1]) > 1, 'leaves the saddle');
const saddleEscapeCloser = stepsUntil(descend(saddleGradient, saddle.closerStart, saddle.learningRate, saddle.steps), (p) => Math.abs(p[1]) > 1, 'leaves the saddle');
claim(saddleEscapeCloser > 1.8 * saddleEscape, 'a start a thousand times closer to the ridge takes about twice as many steps to leave the saddle');
export const plateau = { learningRate: 1, start: [3.4, 1] as [number, number], steps: 60, edge: 2.5 };
/** f(x, y) = −exp(−(x² + y²)/2): a well in a plain that is nearly flat far from it. */
export const plateauHeight = ([x, y]: readonly [number, number]) => -Math.exp(-(x * x + y * y) / 2);
const plateauGradient = ([x, y]: readonly [number, number]): [number, number] => {
  const e = Math.exp(-(x * x + y * y) / 2);
  return [x * e, y * e];
};
export const plateauPath = descend(plateauGradient, plateau.start, plateau.learningRate, plateau.steps);
const plateauCross = stepsUntil(plateauPath, (p) => Math.hypot(...p) < plateau.edge, 'leaves the plain');
const plateauIn = stepsUntil(plateauPath, (p) => Math.hypot(...p) < 0.1, 'reaches the bottom of the well');
claim(plateauCross > 5 * (plateauIn - plateauCross), 'crossing the plain takes more than five times as many steps as falling into the well');
export const narrow = { kappa: 10, learningRate: 0.18, start: [-2.2, 0.8] as [number, number], steps: 12 };
export const narrowPath = descend(([x, y]) => [x, narrow.kappa * y], narrow.start, narrow.learningRate, narrow.steps);
claim(narrowPath.slice(1).every((p, t) => Math.sign(p[1]) !== Math.sign(narrowPath[t][1])), 'on the narrow bowl every step crosses the valley floor');

// ---- A validation split on noisy moons. ----
export const validationSetup = { points: 200, noise: 0.3, dataSeed: 5, splitSeed: 11, training: 40, sizes: [2, 24, 24, 1], learningRate: 0.02, epochs: 300, seed: 2 };
const validationData = moons(validationSetup.points, createRandom(validationSetup.dataSeed), { noise: validationSetup.noise });
const order = createRandom(validationSetup.splitSeed).shuffle(validationData.xs.map((_, i) => i));
const subset = (indices: number[]) => asColumns(indices.map((i) => validationData.xs[i]), indices.map((i) => validationData.ys[i]));
const validationNet = new Mlp({ sizes: validationSetup.sizes, hidden: 'relu', output: 'sigmoid', random: createRandom(validationSetup.seed) });
export const validationHistory = train(validationNet, subset(order.slice(0, validationSetup.training)), {
  epochs: validationSetup.epochs,
  batchSize: validationSetup.training,
  random: createRandom(validationSetup.seed),
  optimizer: new Adam(validationSetup.learningRate),
  validation: subset(order.slice(validationSetup.training)),
});
const vh = validationHistory;
const bestEpoch = vh.validationLoss.reduce((best, v, i) => (v < vh.validationLoss[best] ? i : best), 0);
claim(vh.validationLoss.at(-1)! > 2 * vh.validationLoss[bestEpoch] && vh.loss.at(-1)! < vh.loss[bestEpoch], 'the training cost keeps falling while the validation cost turns and rises');
const validationRows = [1, 10, bestEpoch + 1, 50, 100, 300]
  .filter((e, i, all) => all.indexOf(e) === i)
  .sort((a, b) => a - b)
  .map((e) => `| ${e} | ${cell(vh.loss[e - 1])} | ${cell(vh.accuracy[e - 1])} | ${cell(vh.validationLoss[e - 1])} | ${cell(vh.validationAccuracy[e - 1])} |`)
  .join('\n');

export default {
  // Losses.
  lossAL: texMatrix(inputs.losses.AL),
  lossY: texMatrix(inputs.losses.Y),
  lossSquares: squaredErrors.map(n).join(' + '),
  mse,
  rightProbabilityOne: rightProbabilities[0],
  rightProbabilityTwo: rightProbabilities[1],
  cce,
  summedBce,
  confidentWrong,

  // Mini-batches.
  batchX: texMatrix(inputs.batches.X),
  batchY: texMatrix(inputs.batches.Y),
  batchSize: inputs.batches.batchSize,
  batchSeed: inputs.batches.seed,
  batchOrder: batchOrder.flat().join(', '),
  batchList: shownBatches.map((b) => texMatrix(b.x.toArray())).join(',\\quad '),
  batchCount: shownBatches.length,

  // Epochs and iterations.
  notesCount: grouped(notesData.count),
  notesBatch: notesData.batchSize,
  notesIterations,
  oddBatch,
  oddIterations,
  oddFullBatches: oddIterations - 1,
  oddLastBatch: lastBatch,
  oddQuotient: round(notesData.count / oddBatch, 3),

  // Batch, mini-batch, SGD.
  comparisonPoints: comparison.points,
  comparisonEta: comparison.learningRate,
  comparisonEpochs: comparison.epochs,
  comparisonWidth: comparison.sizes[1],
  miniBatch: miniRun.batchSize,
  fullUpdates: fullRun.updatesPerEpoch * comparison.epochs,
  miniUpdates: miniRun.updatesPerEpoch * comparison.epochs,
  sgdUpdates: sgdRun.updatesPerEpoch * comparison.epochs,
  fullFinal: fullRun.costs.at(-1)!,
  miniFinal: miniRun.costs.at(-1)!,
  sgdFinal: sgdRun.costs.at(-1)!,
  comparisonStart: fullRun.costs[0],
  sgdRises,

  // Decay.
  decayInitial: decay.initial,
  decayK: decay.k,
  decayRate: decay.rate,
  decayRows,

  // The update rules on the grader's network.
  optLearningRate: opt.learningRate,
  optBeta: opt.beta,
  optAdamRate: opt.adamLearningRate,
  optW1: texMatrix(opt.layers[0].W),
  optB1: texMatrix(opt.layers[0].b),
  optW2: texMatrix(opt.layers[1].W),
  optB2: texMatrix(opt.layers[1].b),
  optDW1: texMatrix(opt.grads[0][0].dW),
  optDB1: texMatrix(opt.grads[0][0].db),
  optDW2: texMatrix(opt.grads[0][1].dW),
  optDB2: texMatrix(opt.grads[0][1].db),
  sgdW1: texMatrix(sgdValues[0].toArray()),
  sgdB1: texMatrix(sgdValues[1].toArray()),
  sgdW2: texMatrix(sgdValues[2].toArray()),
  sgdB2: texMatrix(sgdValues[3].toArray()),
  optimiserRows: optimiserRows.join('\n'),

  // trainMlp's trace and runs.
  traceSizes: `[${inputs.traceRun.options.sizes.join(', ')}]`,
  traceActivation: inputs.traceRun.options.hiddenActivation,
  traceEta: inputs.traceRun.options.learningRate,
  traceBatch: inputs.traceRun.options.batchSize,
  traceSeed: inputs.traceRun.options.seed,
  traceW1: texMatrix(trace.start[0].W),
  traceW2: texMatrix(trace.start[1].W),
  traceFirstBatches: trace.firstEpochBatches.map((b) => `(${b.join(', ')})`).join(', '),
  traceRows,
  ownXorSizes: `[${inputs.xorRun.options.sizes.join(', ')}]`,
  ownXorEpochs: inputs.xorRun.options.epochs,
  ownXorEta: inputs.xorRun.options.learningRate,
  ownXorBatch: inputs.xorRun.options.batchSize,
  ownXorSeed: inputs.xorRun.options.seed,
  ownXorActivation: inputs.xorRun.options.hiddenActivation,
  ownXorStart: ownXor.costs[0],
  ownXorIterations: iterationsPerEpoch(4, inputs.xorRun.options.batchSize) * inputs.xorRun.options.epochs,
  ownXorFinal: ownXor.costs.at(-1)!,
  ownXorProbabilities: texVector(Array.from(ownXor.net.forward(xorColumns.X).toArray()[1]).map((v) => round(v, 4))),
  ownCirclesPoints: inputs.circlesRun.data.count,
  ownCirclesSizes: `[${inputs.circlesRun.options.sizes.join(', ')}]`,
  ownCirclesEpochs: inputs.circlesRun.options.epochs,
  ownCirclesAccuracy: round(ownCirclesAccuracy * 100, 1),

  // The bowl.
  bowlKappa: bowl.kappa,
  bowlStart: texVector(bowl.start),
  bowlEta: bowl.learningRate,
  bowlBeta: bowl.beta,
  bowlAdamEta: bowl.adamRate,
  bowlTolerance: bowl.tolerance,
  bowlSgdSteps: sgdBowl.settled,
  bowlMomentumFirst: momentumBowl.reached,
  bowlMomentumSteps: momentumBowl.settled,
  bowlAdamSteps: adamBowl.reached,
  bowlAdamClosest: sci(adamClosest),
  bowlAdamEscape: grouped(adamEscape),
  bowlAdamLaterMax: round(adamLaterMax, 2),
  bowlAcross: acrossFactor,
  bowlAlong: alongFactor,
  bowlSafeEta: 2 / bowl.kappa,
  momentumGain: 1 / (1 - bowl.beta),
  alternatingGain: round(1 / (1 + bowl.beta), 3),

  // RMSProp.
  rmspropEta: rmsprop.learningRate,
  rmspropRho: rmsprop.rho,
  rmspropFirstStep: round(rmsprop.learningRate / Math.sqrt(1 - rmsprop.rho), 4),
  rmspropGradient: texVector(firstGradient),
  rmspropPlainFirst: texVector(firstGradient.map((g) => round(-bowl.learningRate * g, 4))),
  rmspropLateMax: round(rmspropLate.max, 4),
  rmspropMoves: rmspropSteps.map((m) => texVector(m.map((v) => round(v, 4)))).join(',\\allowbreak\\ '),

  // Learning-rate regimes.
  regimeEpochs: regimes.epochs,
  regimeSlow: slowRun.learningRate,
  regimeGood: goodRun.learningRate,
  regimeJumpy: jumpyRun.learningRate,
  regimeDivergent: divergentRun.learningRate,
  regimeStart: round(slowRun.costs[0], 3),
  regimeSlowFinal: round(slowRun.costs.at(-1)!, 3),
  regimeGoodFinal: round(goodRun.costs.at(-1)!, 3),
  regimeJumpyLow: round(Math.min(...jumpyRun.costs), 3),
  regimeJumpyRises: regimeRises(jumpyRun.costs),
  regimeJumpyFinal: round(jumpyRun.costs.at(-1)!, 3),
  regimeDivergentLow: round(Math.min(...divergentRun.costs.slice(1)), 1),
  regimeDivergentNorm: Math.round(divergentRun.norms[0]),
  regimeGoodNorm: round(goodRun.norms.at(-1)!, 1),

  // Landscapes.
  saddleEta: saddle.learningRate,
  saddleAcross: round(1 - 2 * saddle.learningRate, 4),
  saddleAlong: round(1 + 2 * saddle.learningRate, 4),
  saddleEscape,
  saddleEscapeCloser,
  plateauStart: texVector(plateau.start),
  plateauEta: plateau.learningRate,
  plateauEdge: plateau.edge,
  plateauCross,
  plateauFall: plateauIn - plateauCross,
  plateauStartSlope: round(Math.hypot(...plateauGradient(plateau.start)), 4),

  // Adam's bias correction.
  adamBeta1: adamDemo.beta1,
  adamBeta2: adamDemo.beta2,
  adamM1: firstMoments[0],
  adamM2: firstMoments[1],
  adamM3: firstMoments[2],
  adamUncorrected: uncorrectedFirstStep,
  adamCorrected: correctedStep,

  // XOR and initialisation.
  xorSizes: xorSetup.sizes.join('-'),
  xorWidth: xorSetup.sizes[1],
  xorEta: xorSetup.learningRate,
  xorEpochs: xorSetup.epochs,
  xorSeed: xorSetup.seed,
  xorStartCost,
  xorFinalCost: xorCosts.at(-1)!,
  midpointCost,
  zeroCost: zeroRun.costs.at(-1)!,
  zeroAccuracy: zeroRun.accuracy * 4,
  constantInit,
  constantCost: constantRun.costs.at(-1)!,
  constantAccuracy: constantRun.accuracy * 4,
  constantHiddenRow: texVector(constantRun.hiddenRows[0].map((v) => round(v, 4))),

  // Non-convexity.
  seedsSizes: seedsSetup.sizes.join('-'),
  seedsCount: seedsSetup.seeds,
  seedsEpochs: seedsSetup.epochs,
  seedsSolved: solvedRuns.length,
  seedsStuck: stuck.length,
  stuckCostLow: Math.min(...stuck.map((r) => r.cost)),
  stuckCostHigh: Math.max(...stuck.map((r) => r.cost)),
  stuckGradientHigh: Math.max(...stuck.map((r) => r.gradientNorm)),
  solvedCostHigh: Math.max(...solvedRuns.map((r) => r.cost)),
  hiddenPermutations: [1, 2, 3, 4].reduce((p, k) => p * k, 1),
  hiddenSymmetries: [1, 2, 3, 4].reduce((p, k) => p * k, 1) * 2 ** 4,

  // Validation.
  validationPoints: validationSetup.points,
  validationTraining: validationSetup.training,
  validationHeld: validationSetup.points - validationSetup.training,
  validationEpochs: validationSetup.epochs,
  validationWidth: validationSetup.sizes[1],
  validationEta: validationSetup.learningRate,
  validationBestEpoch: bestEpoch + 1,
  validationBestLoss: vh.validationLoss[bestEpoch],
  validationFinalLoss: vh.validationLoss.at(-1)!,
  validationTrainFinal: vh.loss.at(-1)!,
  validationRows,
} satisfies Record<string, number | string>;
