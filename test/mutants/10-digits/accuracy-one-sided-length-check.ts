// Mutant (beginner): only more predictions than labels is refused; fewer compares against nothing.
import type { accuracy as right } from '../../../solutions/10-digits.ts';
export * from '../../../solutions/10-digits.ts';

export const accuracy: typeof right = (predicted, labels) => {
  if (predicted.length > labels.length) throw new Error(`${predicted.length} predictions but ${labels.length} labels`);
  if (predicted.length === 0) throw new Error('nothing to count');
  return predicted.filter((p, i) => p === labels[i]).length / predicted.length;
};
