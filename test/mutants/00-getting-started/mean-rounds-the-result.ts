// Beginner mutant: the mean is rounded "to keep it tidy". Right whenever the mean is a whole
// number, as on the page (mean([2, 4, 9]) = 5); wrong for most other arrays.
export * from '../../../solutions/00-getting-started.ts';
export function mean(xs: number[]): number {
  if (xs.length === 0) throw new Error('mean of an empty array');
  let sum = 0;
  for (const x of xs) sum += x;
  return Math.round(sum / xs.length);
}
