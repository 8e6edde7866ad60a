// Mutant (beginner): a two-way test, so sign(0) is 1.
export * from '../../../solutions/02-activation-functions.ts';
export function sign(z: number): number {
  return z >= 0 ? 1 : -1;
}
