// Mutant: the update is right but writes into the caller's weight array.
import { perceptronPredict, type Perceptron } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number): Perceptron {
  const error = y - perceptronPredict(w, b, x);
  for (let i = 0; i < w.length; i++) w[i] += eta * error * x[i];
  return { w, b: b + eta * error };
}
