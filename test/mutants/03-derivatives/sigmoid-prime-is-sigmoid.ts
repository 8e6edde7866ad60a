// Mutant: returns σ(z) itself instead of its slope.
export * from '../../../solutions/03-derivatives.ts';
export function sigmoidPrime(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
