// Mutant: z(1 - z), the formula applied to the input instead of the output a = σ(z) (DESIGN §9).
export * from '../../../solutions/03-derivatives.ts';
export function sigmoidPrime(z: number): number {
  return z * (1 - z);
}
