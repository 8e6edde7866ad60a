// Fault fixture: dot checks the lengths in an async helper it forgets to await, so the helper's
// Error rejects a promise nobody handles. Expected: dot crashed ("threw after returning"), mean passed.
async function checkLengths(a: number[], b: number[]): Promise<void> {
  if (a.length !== b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
}

export function dot(a: number[], b: number[]): number {
  checkLengths(a, b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
export { mean } from '../../solutions/00-getting-started.ts';
