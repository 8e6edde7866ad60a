// Mutant: a table of the page's values; every other z gets 0.
export * from '../../../solutions/03-derivatives.ts';
export function sigmoidPrime(z: number): number {
  if (z === 0) return 0.25;
  if (z === 1 || z === -1) return 0.19661193324148185;
  if (z === 2 || z === -2) return 0.10499358540350662;
  if (z === 5 || z === -5) return 0.006648056670790033;
  return 0;
}
