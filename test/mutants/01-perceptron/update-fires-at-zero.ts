// Beginner mutant: perceptronUpdate computes its own prediction with z >= 0, so a point exactly
// on the line counts as "fired" and a missed 1 there is not corrected.
import { weightedSum, type Perceptron } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number): Perceptron {
  const yhat = weightedSum(w, b, x) >= 0 ? 1 : 0;
  const error = y - yhat;
  return { w: w.map((wi, i) => wi + eta * error * x[i]), b: b + eta * error };
}
