// Fault fixture: dot returns the right number but sorts its input in place. Expected: dot failing, naming the mutation.
export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  a.reverse();
  a.reverse();
  a.fill(0);
  return sum;
}
export { mean } from '../../solutions/00-getting-started.ts';
