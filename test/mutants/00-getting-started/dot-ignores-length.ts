// Mutant: dot silently ignores the extra entries instead of throwing on a length mismatch.
export * from '../../../solutions/00-getting-started.ts';
export function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) sum += a[i] * b[i];
  return sum;
}
