// Mutant: mean returns 0 / 0 = NaN for an empty array instead of throwing.
export * from '../../../solutions/00-getting-started.ts';
export function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
