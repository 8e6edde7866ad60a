// Mutant (beginner): Math.max of the pieces, which is -Infinity for no pieces.
export * from '../../../solutions/02-activation-functions.ts';
export function maxout(pieces: number[]): number {
  return Math.max(...pieces);
}
