// Mutant (beginner): returns where the largest piece is, not its value.
export * from '../../../solutions/02-activation-functions.ts';
export function maxout(pieces: number[]): number {
  if (pieces.length === 0) throw new Error('maxout expected at least one piece, got none');
  return pieces.indexOf(Math.max(...pieces));
}
