// Mutant (beginner): alpha has no default, so a call without it multiplies by undefined: NaN on the
// negative side, which is no overflow.
export * from '../../../solutions/03-derivatives.ts';
export function eluPrime(z: number, alpha?: number): number {
  return z > 0 ? 1 : (alpha as number) * Math.exp(z);
}
