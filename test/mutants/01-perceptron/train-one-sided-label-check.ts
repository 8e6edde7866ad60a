// Mutant: only refuses fewer labels than examples; extra labels are ignored.
import { trainWith } from './shared/train-loop.ts';
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  if (ys.length < xs.length) throw new Error(`${xs.length} examples but ${ys.length} labels`);
  return trainWith({}, xs, ys.slice(0, xs.length), options);
}
