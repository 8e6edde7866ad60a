// Mutant: 1 / (1 + e^z), which is σ(-z).
export * from '../../../solutions/02-activation-functions.ts';
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(z));
}
