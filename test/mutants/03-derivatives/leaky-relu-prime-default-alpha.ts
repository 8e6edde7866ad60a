// Mutant: the default slope is 0.1 instead of 0.01.
export * from '../../../solutions/03-derivatives.ts';
export function leakyReluPrime(z: number, alpha = 0.1): number {
  return z > 0 ? 1 : alpha;
}
