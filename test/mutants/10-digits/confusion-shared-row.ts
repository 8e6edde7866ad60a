// Mutant (beginner): Array(10).fill(row) puts one and the same row in all ten places.
import type { confusionMatrix as right } from '../../../solutions/10-digits.ts';
export * from '../../../solutions/10-digits.ts';

export const confusionMatrix: typeof right = (predicted, labels) => {
  if (predicted.length !== labels.length) throw new Error(`${predicted.length} predictions but ${labels.length} labels`);
  for (const v of [...predicted, ...labels]) if (!Number.isInteger(v) || v < 0 || v > 9) throw new Error(`${v} is not a digit`);
  const counts: number[][] = Array(10).fill(Array(10).fill(0));
  predicted.forEach((p, i) => counts[labels[i]][p]++);
  return counts;
};
