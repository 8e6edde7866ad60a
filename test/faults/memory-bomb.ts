// Fault fixture: dot allocates without bound. Expected: dot crashed (out of memory), mean passed.
export function dot(a: number[], b: number[]): number {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(100_000).fill(a.length + b.length));
}
export { mean } from '../../solutions/00-getting-started.ts';
