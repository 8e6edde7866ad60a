// Mutant: alpha e^z on the negative side, so elu(0) would be alpha.
export * from '../../../solutions/02-activation-functions.ts';
export function elu(z: number, alpha = 1): number {
  return z > 0 ? z : alpha * Math.exp(z);
}
