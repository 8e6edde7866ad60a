// Beginner mutant: only a missed 1 (y = 1, yhat = 0) counts as a mistake; a false 1 is left alone.
import { perceptronPredict, type Perceptron } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number): Perceptron {
  if (y === 1 && perceptronPredict(w, b, x) === 0) return { w: w.map((wi, i) => wi + eta * x[i]), b: b + eta };
  return { w: [...w], b };
}
