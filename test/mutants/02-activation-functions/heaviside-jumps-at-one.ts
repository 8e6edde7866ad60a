// Mutant (found by npm run test:mutation): the jump placed at z = 1, so H is 0 on (0, 1].
export * from '../../../solutions/02-activation-functions.ts';
export function heaviside(z: number): number {
  if (z > 1) return 1;
  if (z < 0) return 0;
  return z === 0 ? 0.5 : 0;
}
