// Mutant (beginner): no check for an empty array, so softmax([]) quietly returns [].
export * from '../../../solutions/02-activation-functions.ts';
export function softmax(z: number[]): number[] {
  const largest = Math.max(...z);
  const exps = z.map((zi) => Math.exp(zi - largest));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
