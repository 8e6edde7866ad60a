/**
 * Chapter 5's probe module: runs inside the sandbox worker beside the learner's file. A result
 * crosses to the grader as a structured clone, which cannot show whether the w returned is the
 * caller's options.w itself; here, beside the call, it can.
 */
import * as learner from '#learner/05-logistic-regression.ts';
import type { LogisticTrainOptions } from '#learner/05-logistic-regression.ts';

export interface TrainRun {
  value: unknown;
  /** The returned w is the very array passed as options.w (not a copy of it). */
  returnsOptionsW: boolean;
}

// Named after the exercise: the sandbox remembers a time-out by name.
/** The learner's trainLogisticRegression, and whether its w is the caller's options.w. */
export function trainLogisticRegression(xs: number[][], ys: number[], options: LogisticTrainOptions): TrainRun {
  const value = learner.trainLogisticRegression(xs, ys, options);
  const w = (value as { w?: unknown } | null)?.w;
  return { value, returnsOptionsW: options.w !== undefined && w === options.w };
}
