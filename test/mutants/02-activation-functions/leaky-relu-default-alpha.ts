// Mutant (beginner): the default slope typed as 0.1.
export * from '../../../solutions/02-activation-functions.ts';
export function leakyRelu(z: number, alpha = 0.1): number {
  return z > 0 ? z : alpha * z;
}
