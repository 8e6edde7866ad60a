// Mutant (beginner): the leaky ReLU's default slope pasted into ELU.
export * from '../../../solutions/02-activation-functions.ts';
export function elu(z: number, alpha = 0.01): number {
  return z > 0 ? z : alpha * Math.expm1(z);
}
