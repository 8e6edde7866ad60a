/**
 * Full-batch gradient descent for the trainLogisticRegression mutants that cannot be the solution's
 * run altered (a rate the solution refuses, a gradient it never takes): `epochs` gradient steps from
 * `start`, each with gradientAt(w, b) (the gradient at the current w and b unless that is the
 * mistake), and the cost before the first step and after each.
 */
import { cost, gradientStep, logisticGradients, type LogisticTrainOptions, type LogisticTrainResult } from '../../../../solutions/05-logistic-regression.ts';

type Point = { w: number[]; b: number };

/** Where the solution starts: a copy of options.w (zeros by default) and options.b (0 by default). */
export const startOf = (xs: number[][], options: LogisticTrainOptions): Point => ({ w: options.w ? [...options.w] : xs[0].map(() => 0), b: options.b ?? 0 });

export function descend(xs: number[][], ys: number[], start: Point, learningRate: number, epochs: number, gradientAt = (w: number[], b: number) => logisticGradients(w, b, xs, ys)): LogisticTrainResult {
  const path = [start];
  while (path.length <= epochs) {
    const { w, b } = path[path.length - 1];
    path.push(gradientStep(w, b, gradientAt(w, b), learningRate));
  }
  return { ...path[epochs], costs: path.map(({ w, b }) => cost(w, b, xs, ys)) };
}
