// Mutant: the definition with four exponentials, which overflows for large |z|.
export * from '../../../solutions/02-activation-functions.ts';
export function tanh(z: number): number {
  return (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));
}
