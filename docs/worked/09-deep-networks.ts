/**
 * Every number printed in docs/09-deep-networks.md, computed by the reference library at build
 * time: lib/gradient-norms.ts, init.ts, regularization.ts, layers.ts (Dropout), early-stopping.ts
 * and the Mlp of network.ts, the functions the chapter's exercises are graded against. The page
 * refers to them as @{key}. The inputs of the graded examples come from ./09-deep-networks-inputs.ts
 * (shared with the grader); the deep networks the figures and the widget measure come from the
 * widget's own measurement module, so the page, the figures and the widget agree.
 */
import { sigmoidPrime } from '../../lib/activations.ts';
import { Adam } from '../../lib/adam.ts';
import { rotateImage, shiftImage } from '../../lib/augment.ts';
import { iterationsPerEpoch } from '../../lib/batches.ts';
import { DIGIT_PIXELS, loadDigits } from '../../lib/digits.ts';
import { moons } from '../../lib/datasets.ts';
import { earlyStopping } from '../../lib/early-stopping.ts';
import { gradientNorms } from '../../lib/gradient-norms.ts';
import { heInit } from '../../lib/init.ts';
import { Dropout } from '../../lib/layers.ts';
import { Matrix, map, matmul, oneHot } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';
import { createRandom } from '../../lib/random.ts';
import { l1Gradient, l1Penalty, l2Gradient, l2Penalty } from '../../lib/regularization.ts';
import { SELU_ALPHA, SELU_LAMBDA, SELU_SATURATION, alphaDropout, alphaDropoutAffine, selu } from '../../lib/selu.ts';
import { train, type TrainingHistory } from '../../lib/train.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import { DEFAULT_BATCH, DEFAULT_WIDTH, measureDeepNetwork, type DeepMeasurement } from '../.vitepress/theme/gradient-norms/deep-network.ts';
import { dropoutExample, earlyStoppingExample, gradientNormsExample, heExample, penaltyExample } from './09-deep-networks-inputs.ts';
import { cachedExperiment, libFiles } from '../.vitepress/experiment-cache.ts';

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

// ---- Self-normalising networks: SELU with LeCun weights, and alpha dropout. ----
export const seluSetup = { depth: 30, width: 100, batch: 1000, seed: 21, inputScales: [0.3, 1, 3], keepProb: 0.9 };
/** Mean and standard deviation of all entries of a matrix. */
function meanStd(m: Matrix): { mean: number; std: number } {
  const mean = m.data.reduce((s, v) => s + v, 0) / m.data.length;
  return { mean, std: Math.sqrt(m.data.reduce((s, v) => s + (v - mean) ** 2, 0) / m.data.length) };
}
/**
 * A deep SELU network with LeCun weights (N(0, 1/n_in)) and zero biases, fed standard normal inputs
 * times `scale`: the mean and standard deviation of each layer's activations. The same weights for
 * every scale, so only the input differs.
 */
export const seluRuns = (() => {
  const random = createRandom(seluSetup.seed);
  const { width, depth, batch } = seluSetup;
  const weights = Array.from({ length: depth }, () => {
    const W = new Matrix(width, width);
    for (let i = 0; i < W.data.length; i++) W.data[i] = random.gaussian() / Math.sqrt(width);
    return W;
  });
  const input = new Matrix(width, batch);
  for (let i = 0; i < input.data.length; i++) input.data[i] = random.gaussian();
  return seluSetup.inputScales.map((scale) => {
    let a = map(input, (v) => v * scale);
    const layers: { mean: number; std: number }[] = [];
    for (const W of weights) {
      a = map(matmul(W, a), (z) => selu(z));
      layers.push(meanStd(a));
    }
    return { scale, layers };
  });
})();
const seluEnd = seluRuns.map((r) => r.layers.at(-1)!);
claim(seluEnd.every(({ mean, std }) => Math.abs(mean) < 0.1 && Math.abs(std - 1) < 0.1), 'after 30 SELU layers the activations have mean about 0 and standard deviation about 1, whatever the input scale');
claim(Math.abs(seluRuns[0].layers[0].std - 1) > 0.4 && Math.abs(seluRuns[2].layers[0].std - 1) > 0.4, 'the first layer is still far from standard deviation 1 for inputs scaled by 0.3 and 3');
/** Layers until the standard deviation stays within 0.1 of 1. */
const seluSettled = seluRuns.map((r) => r.layers.findIndex((_, l) => r.layers.slice(l).every((x) => Math.abs(x.std - 1) < 0.1)) + 1);
/** Dropout on standardised activations: inverted dropout changes the variance, alpha dropout keeps it. */
const dropoutOnStandard = (() => {
  const random = createRandom(seluSetup.seed + 1);
  const x = new Matrix(seluSetup.width, seluSetup.batch);
  for (let i = 0; i < x.data.length; i++) x.data[i] = random.gaussian();
  const standard = map(x, (z) => selu(z));
  const q = seluSetup.keepProb;
  const inverted = map(standard, (v) => (random.next() < q ? v / q : 0));
  return { standard: meanStd(standard), inverted: meanStd(inverted), alpha: meanStd(alphaDropout(standard, q, createRandom(seluSetup.seed + 2))) };
})();
claim(Math.abs(dropoutOnStandard.inverted.std ** 2 - 1 / seluSetup.keepProb) < 0.03 && Math.abs(dropoutOnStandard.alpha.std - 1) < 0.02, 'inverted dropout raises the variance to about 1/q; alpha dropout keeps it at 1');
const seluAffine = alphaDropoutAffine(seluSetup.keepProb);

// ---- Data augmentation on handwritten digits: shifted and rotated copies. ----
export const augmentSetup = { training: 1000, test: 2000, shift: 2, angle: 12, sizes: [784, 64, 10], seed: 1, batchSize: 32, learningRate: 0.001, plainEpochs: 15, augmentedEpochs: 3 };
const digits = loadDigits();
const imageOf = (set: { images: Float64Array }, i: number) => set.images.slice(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS);
/** Images as the columns of X and one-hot labels as the columns of Y. */
function digitColumns(images: readonly Float64Array[], labels: readonly number[]): { x: Matrix; y: Matrix } {
  const x = new Matrix(DIGIT_PIXELS, images.length);
  images.forEach((image, j) => image.forEach((v, p) => (x.data[p * images.length + j] = v)));
  return { x, y: oneHot(labels, 10) };
}
/** The shifts the augmented training set adds to every image: none, and `shift` pixels right, left, down, up. */
const s = augmentSetup.shift;
export const augmentShifts: readonly (readonly [number, number])[] = [[0, 0], [s, 0], [-s, 0], [0, s], [0, -s]];
/** The first training image, its shifted and rotated versions, and how far each is from it in pixel space. */
export const augmentExample = (() => {
  const image = imageOf(digits.train, 0);
  const label = digits.train.labels[0];
  const distance = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((sum, v, i) => sum + (v - b[i]) ** 2, 0));
  const versions = [
    { name: 'original', image },
    { name: `${s} px right`, image: shiftImage(image, s, 0) },
    { name: `${s} px down`, image: shiftImage(image, 0, s) },
    { name: `${augmentSetup.angle}° anticlockwise`, image: rotateImage(image, augmentSetup.angle) },
    { name: `${augmentSetup.angle}° clockwise`, image: rotateImage(image, -augmentSetup.angle) },
  ].map((v) => ({ ...v, distance: distance(image, v.image) }));
  let nearestOther = { distance: Infinity, label: -1, index: -1 };
  for (let i = 1; i < digits.train.count; i++) {
    if (digits.train.labels[i] === label) continue;
    const d = distance(image, imageOf(digits.train, i));
    if (d < nearestOther.distance) nearestOther = { distance: d, label: digits.train.labels[i], index: i };
  }
  return { label, versions, nearestOther: { ...nearestOther, image: imageOf(digits.train, nearestOther.index) }, norm: distance(image, new Float64Array(DIGIT_PIXELS)) };
})();
claim(augmentExample.versions[1].distance > augmentExample.nearestOther.distance, 'the digit shifted by two pixels is farther from it, pixel by pixel, than the nearest training image of another digit');
/** The same network trained on the first images, and on them with their shifted copies, for about the same number of steps; accuracy on test images as they are, shifted, and rotated. */
// Two trainings on 1,000 digits and three test sets of 2,000: seconds, so kept between builds.
export const augmentRuns = cachedExperiment('09-augmentation', augmentSetup, [...libFiles(), 'docs/worked/09-deep-networks.ts'], () => {
  const a = augmentSetup;
  const images = Array.from({ length: a.training }, (_, i) => imageOf(digits.train, i));
  const labels = Array.from(digits.train.labels.subarray(0, a.training));
  const testImages = Array.from({ length: a.test }, (_, i) => imageOf(digits.test, i));
  const testLabels = Array.from(digits.test.labels.subarray(0, a.test));
  const tests = {
    plain: digitColumns(testImages, testLabels),
    shifted: digitColumns(testImages.map((im, i) => shiftImage(im, i % 2 ? a.shift : -a.shift, 0)), testLabels),
    rotated: digitColumns(testImages.map((im, i) => rotateImage(im, i % 2 ? a.angle : -a.angle)), testLabels),
  };
  const run = (trainImages: Float64Array[], trainLabels: number[], epochs: number) => {
    const net = new Mlp({ sizes: a.sizes, hidden: 'relu', output: 'softmax', random: createRandom(a.seed) });
    train(net, digitColumns(trainImages, trainLabels), { epochs, batchSize: a.batchSize, random: createRandom(a.seed), optimizer: new Adam(a.learningRate) });
    const accuracy = (t: { x: Matrix }) => net.accuracy(t.x, testLabels);
    return { steps: epochs * iterationsPerEpoch(trainImages.length, a.batchSize), plain: accuracy(tests.plain), shifted: accuracy(tests.shifted), rotated: accuracy(tests.rotated) };
  };
  return {
    plain: run(images, labels, a.plainEpochs),
    augmented: run(images.flatMap((im) => augmentShifts.map(([dx, dy]) => shiftImage(im, dx, dy))), labels.flatMap((l) => augmentShifts.map(() => l)), a.augmentedEpochs),
  };
});
const { plain: plainRun, augmented: augmentedRun } = augmentRuns;
claim(Math.abs(plainRun.steps - augmentedRun.steps) < 0.05 * plainRun.steps, 'both runs take about the same number of steps');
claim(augmentedRun.shifted > plainRun.shifted + 0.15, 'augmentation raises the accuracy on shifted test digits by more than 15 points');
claim(augmentedRun.plain > plainRun.plain && augmentedRun.plain - plainRun.plain < 0.05, 'on ordinary test digits the gain is small');
claim(Math.abs(augmentedRun.rotated - plainRun.rotated) < Math.abs(augmentedRun.shifted - plainRun.shifted) / 3, 'on rotated test digits, a change the augmentation did not show, the gain is far smaller than on shifted ones');

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

Object.assign(worked, {
  // SELU and alpha dropout.
  seluAlpha: Number(SELU_ALPHA.toFixed(4)),
  seluLambda: Number(SELU_LAMBDA.toFixed(4)),
  seluSaturation: Number(SELU_SATURATION.toFixed(3)),
  seluDepth: seluSetup.depth,
  seluWidth: seluSetup.width,
  seluBatch: seluSetup.batch,
  seluLowFirst: Number(seluRuns[0].layers[0].std.toFixed(2)),
  seluHighFirst: Number(seluRuns[2].layers[0].std.toFixed(2)),
  seluLowScale: seluSetup.inputScales[0],
  seluHighScale: seluSetup.inputScales[2],
  seluSettledMax: Math.max(...seluSettled),
  seluEndMeans: seluEnd.map((e) => n(Number(e.mean.toFixed(3)))).join(',\\ '),
  seluEndStds: seluEnd.map((e) => n(Number(e.std.toFixed(3)))).join(',\\ '),
  seluKeep: seluSetup.keepProb,
  seluInvertedVariance: Number((dropoutOnStandard.inverted.std ** 2).toFixed(3)),
  seluInverseKeep: Number((1 / seluSetup.keepProb).toFixed(3)),
  seluAlphaVariance: Number((dropoutOnStandard.alpha.std ** 2).toFixed(3)),
  seluAlphaMean: Number(dropoutOnStandard.alpha.mean.toFixed(3)),
  seluAffineA: Number(seluAffine.a.toFixed(4)),
  seluAffineB: Number(seluAffine.b.toFixed(4)),

  // Data augmentation.
  augTraining: augmentSetup.training,
  augTest: augmentSetup.test,
  augShift: augmentSetup.shift,
  augAngle: augmentSetup.angle,
  augCopies: augmentShifts.length,
  augLabel: augmentExample.label,
  augShiftDistance: Number(augmentExample.versions[1].distance.toFixed(2)),
  augNorm: Number(augmentExample.norm.toFixed(2)),
  augNearestOther: Number(augmentExample.nearestOther.distance.toFixed(2)),
  augNearestOtherLabel: augmentExample.nearestOther.label,
  augSizes: augmentSetup.sizes.join('-'),
  augPlainEpochs: augmentSetup.plainEpochs,
  augAugmentedEpochs: augmentSetup.augmentedEpochs,
  augPlainSteps: plainRun.steps,
  augAugmentedSteps: augmentedRun.steps,
  augPlainTest: Number((100 * plainRun.plain).toFixed(1)),
  augPlainShifted: Number((100 * plainRun.shifted).toFixed(1)),
  augPlainRotated: Number((100 * plainRun.rotated).toFixed(1)),
  augAugmentedTest: Number((100 * augmentedRun.plain).toFixed(1)),
  augAugmentedShifted: Number((100 * augmentedRun.shifted).toFixed(1)),
  augAugmentedRotated: Number((100 * augmentedRun.rotated).toFixed(1)),
});

export default worked;
