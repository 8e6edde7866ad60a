/**
 * Every number printed in docs/09-deep-networks.md, computed by the reference library at build
 * time: lib/gradient-norms.ts, init.ts, regularization.ts, layers.ts (Dropout), early-stopping.ts
 * and the Mlp of network.ts, the functions the chapter's exercises are graded against. The page
 * refers to them as @{key}. The inputs of the graded examples come from ./09-deep-networks-inputs.ts
 * (shared with the grader); the deep networks the figures and the widget measure come from the
 * widget's own measurement module, so the page, the figures and the widget agree.
 */
import { sigmoidPrime } from '../../lib/activations.ts';
import { moons } from '../../lib/datasets.ts';
import { earlyStopping } from '../../lib/early-stopping.ts';
import { gradientNorms } from '../../lib/gradient-norms.ts';
import { heInit } from '../../lib/init.ts';
import { Dropout } from '../../lib/layers.ts';
import { Matrix, oneHot } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';
import { createRandom } from '../../lib/random.ts';
import { l1Gradient, l1Penalty, l2Gradient, l2Penalty } from '../../lib/regularization.ts';
import { train, type TrainingHistory } from '../../lib/train.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import { DEFAULT_BATCH, DEFAULT_WIDTH, measureDeepNetwork, type DeepMeasurement } from '../.vitepress/theme/gradient-norms/deep-network.ts';
import { dropoutExample, earlyStoppingExample, gradientNormsExample, heExample, penaltyExample } from './09-deep-networks-inputs.ts';

const n = formatWorkedNumber;

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/09-deep-networks.ts: the page says "${sentence}", which lib no longer gives`);
}

/** "2.6 \times 10^{-7}": a number as TeX, with `digits` significant digits, in powers of ten when it is small or large. */
export function sci(value: number, digits = 2): string {
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -2 && exponent <= 3) return n(Number(value.toPrecision(digits)));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  let e = exponent;
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    e += 1;
  }
  return mantissa === 1 ? `10^{${e}}` : `${n(mantissa)} \\times 10^{${e}}`;
}

/** A matrix (rows of numbers) as TeX. */
const texMatrix = (rows: readonly (readonly number[])[], print: (v: number) => string = n) =>
  `\\begin{bmatrix} ${rows.map((row) => row.map(print).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
const rowsOf = (m: Matrix) => m.toArray();
const round = (digits: number) => (v: number) => n(Number(v.toFixed(digits)));

// ---- Vanishing gradients in the small network of the exercise (2-3-3-3-2, sigmoid, softmax). ----
const smallNet = Mlp.fromJSON({
  sizes: [2, 3, 3, 3, 2],
  hidden: ['sigmoid', 'sigmoid', 'sigmoid'],
  output: 'softmax',
  dropout: 0,
  weights: gradientNormsExample.layers.map((layer) => layer.W),
  biases: gradientNormsExample.layers.map((layer) => layer.b.map((row) => row[0])),
});
claim(gradientNormsExample.activations.join() === 'sigmoid,sigmoid,sigmoid,softmax', 'the small network is sigmoid, sigmoid, sigmoid, softmax');
const smallNorms = gradientNorms(smallNet, Matrix.from(gradientNormsExample.X), Matrix.from(gradientNormsExample.Y));
claim(smallNorms.every((v, l) => l === 0 || v > smallNorms[l - 1]), 'the small network’s gradient norms grow from the first layer to the last');

// ---- The deep networks of the figures: 10 hidden layers of 32 units, a batch of 64. ----
export const DEPTH = 10;
export const deep: Record<'sigmoidXavier' | 'reluHe' | 'reluNormal' | 'reluXavier' | 'reluSmall' | 'tanhXavier', DeepMeasurement> = {
  sigmoidXavier: measureDeepNetwork({ activation: 'sigmoid', init: 'xavier', depth: DEPTH }),
  reluHe: measureDeepNetwork({ activation: 'relu', init: 'he', depth: DEPTH }),
  reluNormal: measureDeepNetwork({ activation: 'relu', init: 'normal', depth: DEPTH }),
  reluXavier: measureDeepNetwork({ activation: 'relu', init: 'xavier', depth: DEPTH }),
  reluSmall: measureDeepNetwork({ activation: 'relu', init: 'small', depth: DEPTH }),
  tanhXavier: measureDeepNetwork({ activation: 'tanh', init: 'xavier', depth: DEPTH }),
};
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The geometric mean of the factor from one layer to the next. */
const perLayerOf = (values: readonly number[]) => (values[values.length - 1] / values[0]) ** (1 / (values.length - 1));
const first = (m: DeepMeasurement) => m.norms[0];
const last = (m: DeepMeasurement) => m.norms[m.norms.length - 1];
const spread = (m: DeepMeasurement) => last(m) / first(m);
/** The geometric mean of the factor by which the norm shrinks from one layer to the one below. */
const perLayer = (m: DeepMeasurement) => spread(m) ** (1 / (m.norms.length - 1));
claim(spread(deep.sigmoidXavier) > 1e5, 'the sigmoid network’s first layer gets a gradient over 100,000 times smaller than its last');
claim(spread(deep.reluHe) < 3 && spread(deep.reluHe) > 1 / 3, 'with ReLU and He the norms stay within a factor of 3 of each other');
claim(Math.min(...deep.reluNormal.norms) > 1e4 * Math.max(...deep.reluHe.norms), 'with N(0, 1) weights every norm is over 10,000 times He’s');

// ---- Variance across layers under each initialisation (ReLU). ----
const stdFirst = (m: DeepMeasurement) => m.activationStd[0];
const stdLast = (m: DeepMeasurement) => m.activationStd[m.activationStd.length - 1];
claim(stdLast(deep.reluSmall) < 1e-12 && stdLast(deep.reluNormal) > 1e4, 'small weights silence the signal and N(0, 1) weights blow it up');
claim(stdLast(deep.reluHe) > 0.1 && stdLast(deep.reluHe) < 3, 'with He the spread of the last layer stays of the order of 1');

// ---- Dying ReLU: a learning rate too large kills units, and a smaller one does not revive them. ----
export const dying = { points: 200, noise: 0.2, dataSeed: 3, sizes: [2, 32, 32, 2], netSeed: 5, batchSize: 16, bigRate: 2, bigEpochs: 5, smallRate: 0.05, smallEpochs: 100, calmRate: 0.05 };
const dyingData = moons(dying.points, createRandom(dying.dataSeed), { noise: dying.noise });
const columns = (xs: readonly (readonly number[])[]) => Matrix.from(xs[0].map((_, j) => xs.map((row) => row[j])));
const dyingX = columns(dyingData.xs);
const dyingY = oneHot(dyingData.ys, 2);
/** For each hidden layer, the units whose Z is ≤ 0 for every one of the training points: dead ReLUs. */
function deadUnits(net: Mlp): number[][] {
  net.run(dyingX, false);
  return net.dense.slice(0, -1).map((layer) => {
    const z = layer.cache!.z;
    const dead: number[] = [];
    for (let i = 0; i < z.rows; i++) {
      let fires = false;
      for (let j = 0; j < z.cols && !fires; j++) fires = z.data[i * z.cols + j] > 0;
      if (!fires) dead.push(i);
    }
    return dead;
  });
}
const counts = (dead: number[][]) => dead.map((units) => units.length);
function dyingRun(rate: number) {
  const net = new Mlp({ sizes: dying.sizes, hidden: 'relu', random: createRandom(dying.netSeed) });
  const atStart = counts(deadUnits(net));
  train(net, { x: dyingX, y: dyingY }, { epochs: dying.bigEpochs, batchSize: dying.batchSize, learningRate: rate, random: createRandom(7) });
  const deadAfterFast = deadUnits(net);
  const afterFast = counts(deadAfterFast);
  const accuracyFast = net.accuracy(dyingX, dyingData.ys);
  train(net, { x: dyingX, y: dyingY }, { epochs: dying.smallEpochs, batchSize: dying.batchSize, learningRate: dying.smallRate, random: createRandom(8) });
  const deadAfterSlow = deadUnits(net);
  const revived = deadAfterFast.map((units, l) => units.filter((i) => !deadAfterSlow[l].includes(i)).length);
  const newlyDead = deadAfterSlow.map((units, l) => units.filter((i) => !deadAfterFast[l].includes(i)).length);
  return { atStart, afterFast, accuracyFast, afterSlow: counts(deadAfterSlow), revived, newlyDead, accuracySlow: net.accuracy(dyingX, dyingData.ys) };
}
const dyingCalm = dyingRun(dying.calmRate);
const dyingFast = dyingRun(dying.bigRate);
claim(dyingFast.afterFast[0] > dyingCalm.afterFast[0] && dyingFast.afterFast[1] > dyingCalm.afterFast[1], 'the large rate leaves more dead units in both layers');
claim(dyingFast.revived[0] === 0, 'no dead unit of the first hidden layer comes back');

// ---- He initialisation of one layer. ----
const heMatrix = heInit(heExample.nOut, heExample.nIn, createRandom(heExample.seed));

// ---- The penalties. ----
const { lambda, m } = penaltyExample;
const weights = penaltyExample.layers.map((layer) => Matrix.from(layer.W));
const eta = 0.5;
const l2Grad1 = l2Gradient(weights[0], lambda, m);
const l1Grad1 = l1Gradient(weights[0], lambda, m);
const sumSquares = weights.reduce((s, w) => s + w.toArray().flat().reduce((t, v) => t + v * v, 0), 0);
const sumAbs = weights.reduce((s, w) => s + w.toArray().flat().reduce((t, v) => t + Math.abs(v), 0), 0);
const biasSquares = penaltyExample.layers.reduce((s, layer) => s + layer.b.flat().reduce((t, v) => t + v * v, 0), 0);
const decay = 1 - (eta * lambda) / m;

/** One weight alone: the minimiser of ½(w − c)² plus each penalty, in closed form (derived on the page). */
export const shrinkStrength = 0.5;
const l2Shrunk = (c: number) => c / (1 + shrinkStrength);
const l1Shrunk = (c: number) => Math.sign(c) * Math.max(Math.abs(c) - shrinkStrength, 0);
const shrinkRows = [2, 0.8, 0.3, -0.1]
  .map((c) => `| ${n(c).replace('-', '−')} | ${n(l2Shrunk(c)).replace('-', '−')} | ${n(l1Shrunk(c)).replace('-', '−')} |`)
  .join('\n');

// ---- Inverted dropout, with lib's Dropout layer (rate = 1 − keepProb). ----
const dropout = new Dropout(1 - dropoutExample.keepProb, createRandom(dropoutExample.seed));
const keep = 1 - dropout.rate;
claim(keep === dropoutExample.keepProb, 'lib’s keep probability is exactly keepProb');
const dropped = rowsOf(dropout.forward(Matrix.from(dropoutExample.A), true).clone());
const scaledMask = rowsOf(dropout.mask!.clone());
export const dropoutMask = scaledMask.map((row) => row.map((v) => (v === 0 ? 0 : 1)));
const dropoutBack = rowsOf(dropout.backward(Matrix.from(dropoutExample.dA))!.clone());
const keptCount = dropoutMask.flat().filter((v) => v === 1).length;
claim(keptCount > 0 && keptCount < dropoutMask.flat().length, 'the mask drops some entries and keeps the others');
export const dropoutOutput = dropped;

// ---- Early stopping on the inputs' costs. ----
const stopped = earlyStopping(earlyStoppingExample.validationCosts, earlyStoppingExample.patience);
claim(stopped.stop, 'the rule fires on the example’s costs');

/** Where the example's costs first rise, and what a patience of 1 would have done there. */
const bump = earlyStoppingExample.validationCosts.findIndex((c, e, all) => e > 0 && c > all[e - 1]);
const impatient = earlyStopping(earlyStoppingExample.validationCosts, 1);
claim(impatient.stopEpoch === bump && bump < stopped.bestEpoch, 'a patience of 1 stops at the first bump, before the best epoch');

// ---- Early stopping on a real run: a wide network, 40 noisy points, full-batch descent. ----
export const overfit = { trainPoints: 40, validationPoints: 100, noise: 0.3, sizes: [2, 48, 48, 2], learningRate: 0.5, epochs: 300, patience: 20 };
const overfitTrain = moons(overfit.trainPoints, createRandom(11), { noise: overfit.noise });
const overfitValidation = moons(overfit.validationPoints, createRandom(12), { noise: overfit.noise });
export const overfitHistory: TrainingHistory = train(
  new Mlp({ sizes: overfit.sizes, random: createRandom(5) }),
  { x: columns(overfitTrain.xs), y: oneHot(overfitTrain.ys, 2) },
  {
    epochs: overfit.epochs,
    batchSize: overfit.trainPoints,
    learningRate: overfit.learningRate,
    random: createRandom(7),
    validation: { x: columns(overfitValidation.xs), y: oneHot(overfitValidation.ys, 2) },
  },
);
export const overfitStop = earlyStopping(overfitHistory.validationLoss, overfit.patience);
const vLoss = overfitHistory.validationLoss;
claim(overfitStop.stop && vLoss[vLoss.length - 1] > 1.5 * vLoss[overfitStop.bestEpoch], 'the validation cost rises well above its best by the last epoch');
claim(overfitHistory.loss[overfit.epochs - 1] < overfitHistory.loss[overfitStop.bestEpoch], 'the training cost keeps falling after the best epoch');

const worked: Record<string, number | string> = {
  // The product of derivatives.
  sigmoidSlopeAtZero: sigmoidPrime(0),
  quarterToDepth: sci(0.25 ** DEPTH),
  fourToDepth: sci(4 ** DEPTH),
  depth: DEPTH,
  width: DEFAULT_WIDTH,
  halfWidth: DEFAULT_WIDTH / 2,
  predictedNormalFactor: Math.sqrt(DEFAULT_WIDTH / 2),
  predictedSmallFactor: Math.sqrt((DEFAULT_WIDTH * 0.01 ** 2) / 2),
  measuredSmallFactor: Number((1 / perLayerOf(deep.reluSmall.activationStd)).toPrecision(2)),
  measuredXavierFactor: Number((1 / perLayerOf(deep.reluXavier.activationStd)).toPrecision(2)),
  measuredHeFactor: Number(perLayerOf(deep.reluHe.activationStd).toPrecision(2)),
  measuredNormalFactor: Number(perLayerOf(deep.reluNormal.activationStd).toPrecision(2)),
  batch: DEFAULT_BATCH,

  // The small network of the exercise.
  smallNorms: smallNorms.map((v) => sci(v, 3)).join(',\\ '),
  smallFirstNorm: sci(smallNorms[0], 3),
  smallLastNorm: sci(smallNorms[smallNorms.length - 1], 3),
  smallRatio: Number((smallNorms[smallNorms.length - 1] / smallNorms[0]).toPrecision(3)),

  // The deep networks.
  sigmoidFirstNorm: sci(first(deep.sigmoidXavier)),
  sigmoidLastNorm: sci(last(deep.sigmoidXavier)),
  sigmoidSpread: sci(spread(deep.sigmoidXavier)),
  sigmoidPerLayer: Number(perLayer(deep.sigmoidXavier).toPrecision(2)),
  reluHeFirstNorm: sci(first(deep.reluHe)),
  reluHeLastNorm: sci(last(deep.reluHe)),
  reluHeMin: sci(Math.min(...deep.reluHe.norms)),
  reluHeMax: sci(Math.max(...deep.reluHe.norms)),
  reluNormalMin: sci(Math.min(...deep.reluNormal.norms)),
  reluNormalMax: sci(Math.max(...deep.reluNormal.norms)),
  normalOverHe: sci(median(deep.reluNormal.norms) / median(deep.reluHe.norms), 1),
  reluHeSilentLast: Math.round(deep.reluHe.silentFraction[DEPTH - 1] * 32),

  // Variance across layers.
  stdSmallFirst: sci(stdFirst(deep.reluSmall)),
  stdSmallLast: sci(stdLast(deep.reluSmall)),
  stdXavierFirst: sci(stdFirst(deep.reluXavier)),
  stdXavierLast: sci(stdLast(deep.reluXavier)),
  stdHeFirst: sci(stdFirst(deep.reluHe)),
  stdHeLast: sci(stdLast(deep.reluHe)),
  stdNormalFirst: sci(stdFirst(deep.reluNormal)),
  stdNormalLast: sci(stdLast(deep.reluNormal)),
  stdTanhFirst: sci(stdFirst(deep.tanhXavier)),
  stdTanhLast: sci(stdLast(deep.tanhXavier)),

  // Dying ReLU.
  dyingPoints: dying.points,
  dyingSizes: dying.sizes.join('–'),
  dyingHidden: dying.sizes[1],
  dyingHiddenTotal: dying.sizes[1] + dying.sizes[2],
  dyingBatch: dying.batchSize,
  dyingFastDeadTotal: dyingFast.afterFast[0] + dyingFast.afterFast[1],
  dyingBigRate: dying.bigRate,
  dyingBigEpochs: dying.bigEpochs,
  dyingCalmRate: dying.calmRate,
  dyingSmallRate: dying.smallRate,
  dyingSmallEpochs: dying.smallEpochs,
  dyingStart: dyingFast.atStart.join(' and '),
  dyingCalmDead: dyingCalm.afterFast.join(' and '),
  dyingFastDead: dyingFast.afterFast.join(' and '),
  dyingFastDeadFirst: dyingFast.afterFast[0],
  dyingFastDeadSecond: dyingFast.afterFast[1],
  dyingFastAfterSlow: dyingFast.afterSlow.join(' and '),
  dyingRevivedSecond: dyingFast.revived[1],
  dyingNewlyDeadSecond: dyingFast.newlyDead[1],
  dyingFastAccuracy: Math.round(100 * dyingFast.accuracySlow),
  dyingCalmAccuracy: Math.round(100 * dyingCalm.accuracySlow),

  // He initialisation.
  heNIn: heExample.nIn,
  heNOut: heExample.nOut,
  heSeed: heExample.seed,
  heVariance: 2 / heExample.nIn,
  heStd: Math.SQRT1_2,
  heMatrix: texMatrix(rowsOf(heMatrix), round(4)),

  // The penalties.
  penaltyLambda: lambda,
  penaltyM: m,
  penaltyW1: texMatrix(penaltyExample.layers[0].W),
  penaltyW2: texMatrix(penaltyExample.layers[1].W),
  penaltyB1: texMatrix(penaltyExample.layers[0].b),
  penaltyB2: texMatrix(penaltyExample.layers[1].b),
  sumSquares,
  sumAbs,
  l2Penalty: l2Penalty(weights, lambda, m),
  l1Penalty: l1Penalty(weights, lambda, m),
  l2Gradient1: texMatrix(rowsOf(l2Grad1)),
  l1Gradient1: texMatrix(rowsOf(l1Grad1)),
  lambdaOverM: lambda / m,
  penaltyEta: eta,
  decayFactor: decay,
  biasSquares,
  l2WithBiases: l2Penalty([...weights, ...penaltyExample.layers.map((layer) => Matrix.from(layer.b))], lambda, m),
  shrinkStrength,
  shrinkRows,

  // Dropout.
  keepProb: dropoutExample.keepProb,
  dropRate: Number((1 - dropoutExample.keepProb).toFixed(10)),
  inverseKeep: 1 / dropoutExample.keepProb,
  dropoutSeed: dropoutExample.seed,
  dropoutA: texMatrix(dropoutExample.A),
  dropoutMask: texMatrix(dropoutMask),
  dropoutOut: texMatrix(dropped),
  dropoutDA: texMatrix(dropoutExample.dA),
  dropoutBack: texMatrix(dropoutBack),
  dropoutKept: keptCount,
  dropoutEntries: dropoutMask.flat().length,

  // Early stopping on the example's costs (epochs counted from 0).
  esCostsTable: [
    `| epoch | ${earlyStoppingExample.validationCosts.map((_, e) => e).join(' | ')} |`,
    `| :--- | ${earlyStoppingExample.validationCosts.map(() => ':---:').join(' | ')} |`,
    `| cost | ${earlyStoppingExample.validationCosts.map(n).join(' | ')} |`,
  ].join('\n'),
  esPatience: earlyStoppingExample.patience,
  esBest: stopped.bestEpoch,
  esBestCost: earlyStoppingExample.validationCosts[stopped.bestEpoch],
  esStop: stopped.stopEpoch,
  esStopCost: earlyStoppingExample.validationCosts[stopped.stopEpoch],
  esBumpEpoch: bump,
  esBeforeBump: earlyStoppingExample.validationCosts[bump - 1],
  esBeforeBumpEpoch: bump - 1,
  esBumpCost: earlyStoppingExample.validationCosts[bump],
  esFirstNoImprovement: stopped.bestEpoch + 1,
  esLastEpoch: earlyStoppingExample.validationCosts.length - 1,

  // Early stopping on a real run.
  overfitTrainPoints: overfit.trainPoints,
  overfitValidationPoints: overfit.validationPoints,
  overfitSizes: overfit.sizes.join('–'),
  overfitWidth: overfit.sizes[1],
  overfitRate: overfit.learningRate,
  overfitEpochs: overfit.epochs,
  overfitPatience: overfit.patience,
  overfitBest: overfitStop.bestEpoch,
  overfitStop: overfitStop.stopEpoch,
  overfitBestLoss: Number(vLoss[overfitStop.bestEpoch].toFixed(3)),
  overfitLastLoss: Number(vLoss[vLoss.length - 1].toFixed(3)),
  overfitTrainAtBest: Number(overfitHistory.loss[overfitStop.bestEpoch].toFixed(3)),
  overfitTrainLast: Number(overfitHistory.loss[overfit.epochs - 1].toFixed(4)),
  overfitAccuracyBest: Math.round(100 * overfitHistory.validationAccuracy[overfitStop.bestEpoch]),
  overfitAccuracyLast: Math.round(100 * overfitHistory.validationAccuracy[overfit.epochs - 1]),
};

export default worked;
