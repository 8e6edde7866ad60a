// Mutant: the error is computed as yhat - y, so every update pushes the wrong way.
import { perceptronPredict, type Perceptron } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number): Perceptron {
  const error = perceptronPredict(w, b, x) - y;
  return { w: w.map((wi, i) => wi + eta * error * x[i]), b: b + eta * error };
}
