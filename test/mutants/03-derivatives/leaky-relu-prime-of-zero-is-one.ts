// Mutant: z >= 0 puts the kink on the right, so leakyReluPrime(0) is 1 instead of alpha.
export * from '../../../solutions/03-derivatives.ts';
export function leakyReluPrime(z: number, alpha = 0.01): number {
  return z >= 0 ? 1 : alpha;
}
