// Mutant: throws a plain object that looks like an error but is not an Error.
export * from '../../../solutions/00-getting-started.ts';
export function mean(xs: number[]): number {
  if (xs.length === 0) throw { name: 'Error', message: 'mean of an empty array' };
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}
