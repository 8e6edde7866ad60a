// Mutant: trainPerceptron returns the result for AND (as printed on the page) whatever the data.
import type { TrainOptions, TrainResult } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function trainPerceptron(xs: number[][], ys: number[], options: TrainOptions = {}): TrainResult {
  if (xs.length !== ys.length || options === null) throw new Error('lengths differ');
  return { w: [0.2, 0.1], b: -0.2, epochs: 6, converged: true, mistakesPerEpoch: [1, 3, 3, 2, 1, 0] };
}
