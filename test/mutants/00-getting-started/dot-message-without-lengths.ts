// Mutant: throws an Error, but its message does not say which lengths differed.
export * from '../../../solutions/00-getting-started.ts';
export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error('the vectors must have the same length');
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
