/**
 * The perceptron rule, one example at a time, recorded: what a learner debugs their training
 * loop against (chapter 1's trace table) and what the playground steps through.
 */
import { perceptronPredict, perceptronUpdate, weightedSum, type TrainOptions } from './perceptron.ts';

export interface TraceStep {
  /** 1-based epoch and the index of the example within the data. */
  epoch: number;
  example: number;
  x: number[];
  y: number;
  /** The weighted sum and prediction before the update. */
  z: number;
  yhat: 0 | 1;
  /** y - yhat: 0 when right, +1 after a missed 1, -1 after a false 1. */
  error: number;
  /** The parameters after applying the rule to this example. */
  w: number[];
  b: number;
}

/**
 * Every step of trainPerceptron's run, in order, with the same defaults and stopping rule
 * (stop after the first epoch without a mistake, or after maxEpochs).
 */
export function tracePerceptronTraining(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: TrainOptions = {},
): TraceStep[] {
  if (xs.length !== ys.length) {
    throw new RangeError(`tracePerceptronTraining expected one label per example, got ${xs.length} examples and ${ys.length} labels`);
  }
  if (xs.length === 0) throw new RangeError('tracePerceptronTraining expected at least one example, got none');
  const { eta = 0.1, maxEpochs = 100 } = options;
  let w = options.w ? [...options.w] : xs[0].map(() => 0);
  let b = options.b ?? 0;
  const steps: TraceStep[] = [];
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    let mistakes = 0;
    xs.forEach((x, example) => {
      const z = weightedSum(w, b, x);
      const yhat = perceptronPredict(w, b, x);
      if (yhat !== ys[example]) mistakes++;
      ({ w, b } = perceptronUpdate(w, b, x, ys[example], eta));
      steps.push({ epoch, example, x: [...x], y: ys[example], z, yhat, error: ys[example] - yhat, w, b });
    });
    if (mistakes === 0) break;
  }
  return steps;
}
