// Mutant: z >= 0 puts the kink on the rising side, so reluPrime(0) is 1.
export * from '../../../solutions/03-derivatives.ts';
export function reluPrime(z: number): number {
  return z >= 0 ? 1 : 0;
}
