// Beginner mutant: returns the comparison itself (true/false) instead of the numbers 1 and 0.
export * from '../../../solutions/01-perceptron.ts';
export function step(z: number): 0 | 1 {
  return (z > 0) as unknown as 0 | 1;
}
