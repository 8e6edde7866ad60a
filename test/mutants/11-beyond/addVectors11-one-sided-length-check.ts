// Mutant (the scaffold's example): the length check looks only one way, so
// addVectors11([1, 2], [3, 4, 5]) returns [4, 6] instead of throwing.
export * from '../../../solutions/11-beyond.ts';
export function addVectors11(a: number[], b: number[]): number[] {
  if (a.length > b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
  return a.map((ai, i) => ai + b[i]);
}
