// Fault fixture: dot returns a promise that never settles. Expected: dot timed out, mean passed.
export function dot(a: number[], b: number[]): Promise<number> {
  return new Promise(() => {
    // never calls resolve
  });
}
export { mean } from '../../solutions/00-getting-started.ts';
