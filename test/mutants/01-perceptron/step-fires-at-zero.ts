// Mutant: the step fires at z = 0 (>= instead of >).
export * from '../../../solutions/01-perceptron.ts';
export function step(z: number): 0 | 1 {
  return z >= 0 ? 1 : 0;
}
