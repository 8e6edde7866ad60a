// Mutant: z >= 0 puts the kink on the right, so eluPrime(0, alpha) is 1 instead of alpha.
export * from '../../../solutions/03-derivatives.ts';
export function eluPrime(z: number, alpha = 1): number {
  return z >= 0 ? 1 : alpha * Math.exp(z);
}
