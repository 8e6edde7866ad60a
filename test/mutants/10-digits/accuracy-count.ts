// Mutant (beginner): the number right, not the fraction.
import type { accuracy as right } from '../../../solutions/10-digits.ts';
export * from '../../../solutions/10-digits.ts';

export const accuracy: typeof right = (predicted, labels) => {
  if (predicted.length !== labels.length || predicted.length === 0) throw new Error(`${predicted.length} and ${labels.length}`);
  return predicted.filter((p, i) => p === labels[i]).length;
};
