// Mutant (the scaffold's example): the length check looks only one way, so
// addVectors([1, 2], [3, 4, 5]) returns [4, 6] instead of throwing.
export * from '../../../solutions/10-digits.ts';
export function addVectors(a: number[], b: number[]): number[] {
  if (a.length > b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
  return a.map((ai, i) => ai + b[i]);
}
