// Mutant: chapter 1's step copied over, so H(0) is 0 instead of 1/2.
export * from '../../../solutions/02-activation-functions.ts';
export function heaviside(z: number): number {
  return z > 0 ? 1 : 0;
}
