// Mutant: 1 - z², the formula applied to the input instead of the output a = tanh(z) (DESIGN §9).
export * from '../../../solutions/03-derivatives.ts';
export function tanhPrime(z: number): number {
  return 1 - z * z;
}
