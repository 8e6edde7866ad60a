// Beginner mutant: perceptronPredict skips step() and compares with >= itself.
import { weightedSum } from '../../../solutions/01-perceptron.ts';
export * from '../../../solutions/01-perceptron.ts';
export function perceptronPredict(w: number[], b: number, x: number[]): 0 | 1 {
  return weightedSum(w, b, x) >= 0 ? 1 : 0;
}
