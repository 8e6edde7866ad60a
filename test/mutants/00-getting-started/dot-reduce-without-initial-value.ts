// Beginner mutant: reduce without an initial value. The first accumulator is a[0] itself (not
// a[0] * b[0]), and an empty array throws "Reduce of empty array with no initial value".
export * from '../../../solutions/00-getting-started.ts';
export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
  return a.reduce((sum, ai, i) => sum + ai * b[i]);
}
