/**
 * Every number printed in docs/10-digits.md, computed at build time: the digits of lib/digits.ts,
 * and the experiments of ../.vitepress/digits/reference-run.ts (trained by lib/ and saved on
 * disk, so that a build retrains only when lib/ or the data changed). The page refers to them as
 * @{key}; the figures module imports the same data and run, so pictures and prose agree.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DIGIT_RECIPE, digitNetworkFromFile, digitColumns, splitDigits } from '../../lib/digit-classifier.ts';
import { DIGIT_PIXELS, DIGIT_SIZE, digitCounts, loadDigits } from '../../lib/digits.ts';
import { iterationsPerEpoch } from '../../lib/batches.ts';
import { formatWorkedNumber } from '../.vitepress/format-worked-number.ts';
import { CANDIDATES, SEARCH_TRAIN, referenceRun } from '../.vitepress/digits/reference-run.ts';

const n = formatWorkedNumber;
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Stops the build when a sentence of the page would no longer be true. */
function claim(holds: boolean, sentence: string): void {
  if (!holds) throw new Error(`docs/worked/10-digits.ts: the page says "${sentence}", which the run no longer gives`);
}

export const digits = loadDigits();
export const run = referenceRun(root);
export const counts = digitCounts();
const { train, test } = digits;
const [searchTrain, validation] = splitDigits(train, SEARCH_TRAIN);

/** "93.4" from 0.934: a fraction as a percentage, to a tenth of a point. */
export const percent = (fraction: number) => n(Math.round(fraction * 1000) / 10);
const grouped = (count: number) => count.toLocaleString('en-US');

// ---- The data ---------------------------------------------------------------------------------

const perDigit = (set: { labels: Uint8Array }) => counts.map((_, d) => set.labels.filter((l) => l === d).length);
const trainPerDigit = perDigit(train);
const testPerDigit = perDigit(test);
const fewest = counts.indexOf(Math.min(...counts));
const most = counts.indexOf(Math.max(...counts));
const inkShare = digits.train.images.filter((v) => v > 0).length / digits.train.images.length;

// What the mnist package's own set(8000, 2000) returns: sizes are fixed, only the order is random.
const mnistSet = (createRequire(import.meta.url)('mnist') as { set(train: number, test: number): { training: { output: number[] }[]; test: { output: number[] }[] } }).set(8000, 2000);
const mnistTestFives = mnistSet.test.filter((e) => e.output[5] === 1).length;

// ---- One digit through the reference network ----------------------------------------------------

export const net = digitNetworkFromFile(run.network);
/**
 * The worked example's input: the first test digit the network reads right without being sure of
 * it (between 60% and 95% on its answer), so that the other nine probabilities are visible.
 */
export const exampleIndex = run.test.predicted.findIndex((p, j) => p === test.labels[j] && run.test.confidence[j] > 0.6 && run.test.confidence[j] < 0.95);
claim(exampleIndex >= 0, 'some test digit is read right with between 60% and 95%');
const exampleSet = splitDigits(splitDigits(test, exampleIndex + 1)[0], exampleIndex)[1];
net.run(digitColumns(exampleSet), false);
const [hidden, output] = net.dense.map((layer) => layer.cache!);
export const exampleHidden = Array.from(hidden.a.data);
const activeUnits = exampleHidden.filter((v) => v > 0).length;
export const exampleProbabilities = Array.from(output.a.data);
export const exampleLogits = Array.from(output.z.data);
const exampleLabel = test.labels[exampleIndex];
const examplePrediction = exampleProbabilities.indexOf(Math.max(...exampleProbabilities));
claim(examplePrediction === exampleLabel, 'the network reads the example digit right');

const texColumn = (values: readonly number[], print: (v: number) => string) => `\\begin{bmatrix} ${values.map(print).join(' \\\\ ')} \\end{bmatrix}`;
const two = (v: number) => n(Number(v.toFixed(2)));
const probabilityText = (p: number) => (p < 0.0005 ? '0.000' : p.toFixed(3));

// ---- Parameters and the recipe -----------------------------------------------------------------

const sizes = [DIGIT_PIXELS, ...DIGIT_RECIPE.hiddenSizes, 10];
const weights = sizes.slice(1).map((s, l) => s * sizes[l]);
const biases = sizes.slice(1);
const parameters = weights.reduce((a, b) => a + b, 0) + biases.reduce((a, b) => a + b, 0);

// ---- The search -------------------------------------------------------------------------------

const finalOf = (k: number) => run.search[k].epochs.at(-1)!;
const bestCandidate = run.search.reduce((best, _, k) => (finalOf(k).validationAccuracy > finalOf(best).validationAccuracy ? k : best), 0);
const recipeAccuracy = finalOf(0).validationAccuracy;
const standardError = Math.sqrt((recipeAccuracy * (1 - recipeAccuracy)) / validation.count);
const widest = CANDIDATES.findIndex((c) => c.recipe.hiddenSizes[0] === 128);
claim(widest > 0, 'one candidate has 128 hidden units');
claim(finalOf(widest).validationAccuracy - recipeAccuracy > 2 * standardError, 'the 128-unit network beats the recipe by more than twice the noise');
const constantRate = CANDIDATES.findIndex((c) => c.recipe.decay === 0);
claim(finalOf(constantRate).trainAccuracy < finalOf(0).trainAccuracy - 0.02, 'the constant learning rate trails the recipe on its own training digits');
const seedAccuracies = [run.network.testAccuracy, ...run.otherSeeds.map((s) => s.testAccuracy)];

// ---- The learning curves ----------------------------------------------------------------------

const recipeEpochs = run.search[0].epochs;
const lastEpoch = recipeEpochs.at(-1)!;

// ---- The test ---------------------------------------------------------------------------------

const wrong = run.test.predicted.map((p, j) => (p === test.labels[j] ? -1 : j)).filter((j) => j >= 0);
const right = test.count - wrong.length;
claim(run.network.testAccuracy === right / test.count, 'the test accuracy is the fraction of test digits read right');
claim(run.network.testAccuracy >= 0.92, 'the reference network reads at least 92% of the test digits right');
const pairs = run.confusion
  .flatMap((row, t) => row.map((count, p) => ({ t, p, count })))
  .filter(({ t, p }) => t !== p)
  .sort((a, b) => b.count - a.count || a.t - b.t || a.p - b.p);
const recall = run.confusion.map((row, t) => row[t] / row.reduce((a, b) => a + b, 0));
const hardest = recall.indexOf(Math.min(...recall));
const easiest = recall.indexOf(Math.max(...recall));
const confidentWrong = wrong.filter((j) => run.test.confidence[j] > 0.9).length;

export default {
  // the data
  total: grouped(counts.reduce((a, b) => a + b, 0)),
  fewestDigit: fewest,
  fewestCount: grouped(counts[fewest]),
  mostDigit: most,
  mostCount: grouped(counts[most]),
  trainCount: grouped(train.count),
  testCount: grouped(test.count),
  trainFewest: grouped(trainPerDigit[fewest]),
  testFewest: testPerDigit[fewest],
  trainMost: grouped(trainPerDigit[most]),
  testMost: testPerDigit[most],
  side: DIGIT_SIZE,
  pixels: DIGIT_PIXELS,
  inkPercent: percent(inkShare),
  mnistTrain: grouped(mnistSet.training.length),
  mnistTest: grouped(mnistSet.test.length),
  mnistTestFives,
  mnistTestPerDigitAsked: 200,

  // the network
  hiddenUnits: DIGIT_RECIPE.hiddenSizes[0],
  weights1: grouped(weights[0]),
  weights2: grouped(weights[1]),
  biases1: biases[0],
  biases2: biases[1],
  parameters: grouped(parameters),
  batch: DIGIT_RECIPE.batchSize,
  epochs: DIGIT_RECIPE.epochs,
  rate0: DIGIT_RECIPE.initialRate,
  decay: DIGIT_RECIPE.decay,
  rateLast: DIGIT_RECIPE.initialRate / (1 + DIGIT_RECIPE.decay * (DIGIT_RECIPE.epochs - 1)),
  batchesPerEpoch: iterationsPerEpoch(train.count, DIGIT_RECIPE.batchSize),
  steps: grouped(iterationsPerEpoch(train.count, DIGIT_RECIPE.batchSize) * DIGIT_RECIPE.epochs),
  initialLoss: n(Number(Math.log(10).toFixed(3))),

  // the worked example
  exampleLabel,
  exampleNumber: exampleIndex + 1,
  activeUnits,
  exampleLogits: texColumn(exampleLogits, two),
  exampleProbabilities: texColumn(exampleProbabilities, probabilityText),
  exampleTop: probabilityText(exampleProbabilities[exampleLabel]),
  exampleLoss: n(Number((-Math.log(exampleProbabilities[exampleLabel])).toFixed(4))),
  exampleMaxLogit: two(Math.max(...exampleLogits)),

  // the search
  searchTrain: grouped(searchTrain.count),
  validationCount: grouped(validation.count),
  searchBatches: iterationsPerEpoch(searchTrain.count, DIGIT_RECIPE.batchSize),
  ...Object.fromEntries(CANDIDATES.flatMap((c, k) => [
    [`candidate${k}`, c.name],
    [`candidate${k}Accuracy`, percent(finalOf(k).validationAccuracy)],
    [`candidate${k}Loss`, n(Number(finalOf(k).validationLoss.toFixed(3)))],
    [`candidate${k}Train`, percent(finalOf(k).trainAccuracy)],
  ])),
  bestCandidate: CANDIDATES[bestCandidate].name,
  standardErrorPoints: n(Number((standardError * 100).toFixed(1))),
  widestGain: n(Number(((finalOf(widest).validationAccuracy - recipeAccuracy) * 100).toFixed(1))),
  widestHidden: CANDIDATES[widest].recipe.hiddenSizes[0],
  widestGainInErrors: n(Number(((finalOf(widest).validationAccuracy - recipeAccuracy) / standardError).toFixed(1))),
  constantTrain: percent(finalOf(constantRate).trainAccuracy),
  recipeTrain: percent(finalOf(0).trainAccuracy),
  seeds: seedAccuracies.length,
  seedLowest: percent(Math.min(...seedAccuracies)),
  seedHighest: percent(Math.max(...seedAccuracies)),

  // the learning curves
  firstBatchLoss: n(Number(run.batchLosses[0].toFixed(2))),
  lastTrainLoss: n(Number(lastEpoch.trainLoss.toFixed(3))),
  lastValidationLoss: n(Number(lastEpoch.validationLoss.toFixed(3))),
  lastTrainAccuracy: percent(lastEpoch.trainAccuracy),
  lastValidationAccuracy: percent(lastEpoch.validationAccuracy),
  firstValidationAccuracy: percent(recipeEpochs[0].validationAccuracy),
  ...Object.fromEntries(run.dataSizes.map((d, k) => [[`dataSize${k}`, grouped(d.count)], [`dataSize${k}Accuracy`, percent(d.validationAccuracy)]]).flat()),

  // the test
  testAccuracy: n(run.network.testAccuracy),
  testPercent: percent(run.network.testAccuracy),
  testRight: grouped(right),
  testWrong: wrong.length,
  pair0True: pairs[0].t,
  pair0Predicted: pairs[0].p,
  pair0Count: pairs[0].count,
  pair1True: pairs[1].t,
  pair1Predicted: pairs[1].p,
  pair1Count: pairs[1].count,
  pair2True: pairs[2].t,
  pair2Predicted: pairs[2].p,
  pair2Count: pairs[2].count,
  hardestDigit: hardest,
  hardestPercent: percent(recall[hardest]),
  easiestDigit: easiest,
  easiestPercent: percent(recall[easiest]),
  confidentWrong,
} satisfies Record<string, number | string>;

/** The test digits the reference network gets wrong, most confident first (for the figure). */
export const misread = wrong.sort((a, b) => run.test.confidence[b] - run.test.confidence[a]);
