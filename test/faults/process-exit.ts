// Fault fixture: dot calls process.exit. Expected: dot crashed (process.exit), mean passed.
export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error('lengths differ');
  process.exit(1);
}
export { mean } from '../../solutions/00-getting-started.ts';
