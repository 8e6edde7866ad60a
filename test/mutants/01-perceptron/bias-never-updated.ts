// Mutant: the weights learn but the bias is left as it was.
import { perceptronPredict, type Perceptron } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number): Perceptron {
  const error = y - perceptronPredict(w, b, x);
  return { w: w.map((wi, i) => wi + eta * error * x[i]), b };
}
