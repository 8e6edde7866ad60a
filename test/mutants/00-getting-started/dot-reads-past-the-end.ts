// Beginner mutant: no length check; the loop runs over a, so a shorter b is read past its end
// (undefined * number = NaN) and a longer b has its extra entries ignored.
export * from '../../../solutions/00-getting-started.ts';
export function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
