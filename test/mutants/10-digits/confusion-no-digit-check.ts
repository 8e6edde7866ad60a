// Mutant (beginner): no check of the values: a prediction of 2.5 becomes a property of a row.
import type { confusionMatrix as right } from '../../../solutions/10-digits.ts';
export * from '../../../solutions/10-digits.ts';

export const confusionMatrix: typeof right = (predicted, labels) => {
  if (predicted.length !== labels.length) throw new Error(`${predicted.length} predictions but ${labels.length} labels`);
  const counts = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
  predicted.forEach((p, i) => counts[labels[i]][p]++);
  return counts;
};
