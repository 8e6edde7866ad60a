// Fault fixture: dot is declared async where the stub is a plain function, so every caller gets a
// Promise instead of a number. Expected: dot failing, saying so; mean passed.
export async function dot(a: number[], b: number[]): Promise<number> {
  if (a.length !== b.length) throw new Error(`lengths ${a.length} and ${b.length} differ`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
export { mean } from '../../solutions/00-getting-started.ts';
