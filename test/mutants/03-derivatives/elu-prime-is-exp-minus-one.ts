// Mutant: the left slope written e^z - 1, the ELU's own shape: the constant -1 kept, the factor alpha lost.
export * from '../../../solutions/03-derivatives.ts';
export function eluPrime(z: number, alpha = 1): number {
  return z > 0 ? 1 : Math.exp(z) - 1;
}
