// Mutant (beginner): onEpoch is told the last batch's loss instead of the epoch's mean.
import type { trainDigitClassifier as right } from '../../../solutions/10-digits.ts';
import { trainWith } from './shared/train-with.ts';
export * from '../../../solutions/10-digits.ts';

export const trainDigitClassifier: typeof right = (X, Y, options) => trainWith({ reportedLoss: (_sum, last) => last }, X, Y, options);
