// Mutant: no shift by the largest logit, so e^1000 overflows and the result is NaN.
export * from '../../../solutions/02-activation-functions.ts';
export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error('softmax expected at least one logit, got none');
  const exps = z.map(Math.exp);
  const total = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / total);
}
