// Mutant: throws a string instead of an Error (no stack trace, no name, not an Error).
export * from '../../../solutions/00-getting-started.ts';
export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw `dot: lengths ${a.length} and ${b.length} differ`;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
