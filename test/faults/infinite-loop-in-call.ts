// Fault fixture: dot never returns; mean is correct and must still be graded. Expected: dot timed out, mean passed.
export function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i = i) sum += a[i] * b[i];
  return sum;
}
export { mean } from '../../solutions/00-getting-started.ts';
