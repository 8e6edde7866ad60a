// Mutant: on any mistake, adds eta * x (ignoring the error's sign). Right after a missed 1,
// wrong after a false 1. The code has no yhat - y, so "the sign is flipped" would be a wrong diagnosis.
import { perceptronPredict, type Perceptron } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number): Perceptron {
  if (perceptronPredict(w, b, x) === y) return { w: [...w], b };
  return { w: w.map((wi, i) => wi + eta * x[i]), b: b + eta };
}
