// Mutant (beginner): 1 - σ(-z) is σ(z), so this is σ(z)², not σ(z)(1 - σ(z)).
export * from '../../../solutions/03-derivatives.ts';
const sigma = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
export function sigmoidPrime(z: number): number {
  return sigma(z) * (1 - sigma(-z));
}
