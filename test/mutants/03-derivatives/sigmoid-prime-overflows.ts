// Mutant: e^(-z) / (1 + e^(-z))², right in exact arithmetic, but Infinity / Infinity = NaN at z = -1000.
export * from '../../../solutions/03-derivatives.ts';
export function sigmoidPrime(z: number): number {
  const e = Math.exp(-z);
  return e / (1 + e) ** 2;
}
