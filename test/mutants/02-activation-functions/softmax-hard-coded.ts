// Mutant: the page's example copied from the console, returned for every input.
import { softmax as solved } from '../../../solutions/02-activation-functions.ts';
export * from '../../../solutions/02-activation-functions.ts';
const pageAnswer = solved([2, 1, 0.1]);
export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error('softmax expected at least one logit, got none');
  return [...pageAnswer];
}
