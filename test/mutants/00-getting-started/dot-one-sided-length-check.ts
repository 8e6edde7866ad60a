// Mutant: the length check only looks one way, so dot([1, 2], [1, 2, 3]) returns 5.
export * from '../../../solutions/00-getting-started.ts';
export function dot(a: number[], b: number[]): number {
  if (a.length > b.length) throw new Error(`dot: lengths ${a.length} and ${b.length} differ`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
