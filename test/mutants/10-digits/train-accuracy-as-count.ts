// Mutant (beginner): onEpoch is told how many examples were right, not what fraction.
import type { trainDigitClassifier as right } from '../../../solutions/10-digits.ts';
import { trainWith } from './shared/train-with.ts';
export * from '../../../solutions/10-digits.ts';

export const trainDigitClassifier: typeof right = (X, Y, options) => trainWith({ reportedAccuracy: (right) => right }, X, Y, options);
