// Fault fixture: dot checks the lengths in a timer, which throws after dot has returned.
// Expected: dot crashed ("threw after returning"), mean passed.
export function dot(a: number[], b: number[]): number {
  setTimeout(() => {
    if (a.length !== b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
  });
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
export { mean } from '../../solutions/00-getting-started.ts';
