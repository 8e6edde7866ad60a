/**
 * Not a mutant: the correct training loop of solutions/, with the one piece each trainPerceptron
 * mutant gets wrong passed in, so every mutant file shows only its mistake.
 */
import { perceptronPredict, perceptronUpdate, type Perceptron, type TrainOptions, type TrainResult } from '../../../../solutions/01-perceptron.ts';

export interface Variant {
  /** One epoch over the examples, updating `model`; returns the mistakes it counted. */
  epoch?(model: Perceptron, xs: number[][], ys: number[], eta: number): number;
  /** The starting weights. */
  start?(xs: number[][], options: TrainOptions): number[];
  /** Whether the run converged, given what happened. */
  converged?(mistakesPerEpoch: number[], maxEpochs: number): boolean;
  /** The default learning rate. */
  eta?: number;
  /** Leave out the check for an empty training set. */
  noEmptyCheck?: boolean;
  /** A stopping rule used instead of "no mistakes in this epoch". */
  stop?(mistakesPerEpoch: number[]): boolean;
}

/** The page's epoch: predict, count a mistake, update; every example in order. */
export function correctEpoch(model: Perceptron, xs: number[][], ys: number[], eta: number): number {
  let mistakes = 0;
  for (let i = 0; i < xs.length; i++) {
    if (perceptronPredict(model.w, model.b, xs[i]) !== ys[i]) mistakes++;
    Object.assign(model, perceptronUpdate(model.w, model.b, xs[i], ys[i], eta));
  }
  return mistakes;
}

export function trainWith(variant: Variant, xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  if (xs.length !== ys.length) throw new Error(`${xs.length} examples but ${ys.length} labels`);
  if (xs.length === 0 && !variant.noEmptyCheck) throw new Error('no examples');
  const eta = options.eta ?? variant.eta ?? 0.1;
  const maxEpochs = options.maxEpochs ?? 100;
  const model = { w: variant.start ? variant.start(xs, options) : options.w ? [...options.w] : xs[0].map(() => 0), b: options.b ?? 0 };
  const mistakesPerEpoch: number[] = [];
  while (mistakesPerEpoch.length < maxEpochs) {
    const mistakes = (variant.epoch ?? correctEpoch)(model, xs, ys, eta);
    mistakesPerEpoch.push(mistakes);
    if (variant.stop ? variant.stop(mistakesPerEpoch) : mistakes === 0) break;
  }
  const converged = variant.converged ? variant.converged(mistakesPerEpoch, maxEpochs) : mistakesPerEpoch.at(-1) === 0;
  return { ...model, epochs: mistakesPerEpoch.length, converged, mistakesPerEpoch };
}
