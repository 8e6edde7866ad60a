// Mutant (beginner): 1 - tanh(z), the square forgotten.
export * from '../../../solutions/03-derivatives.ts';
export function tanhPrime(z: number): number {
  return 1 - Math.tanh(z);
}
