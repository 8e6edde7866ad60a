// Mutant (beginner): decay is read but never used: every epoch trains at the initial rate.
import type { trainDigitClassifier as right } from '../../../solutions/10-digits.ts';
import { trainWith } from './shared/train-with.ts';
export * from '../../../solutions/10-digits.ts';

export const trainDigitClassifier: typeof right = (X, Y, options) => trainWith({ rate: (initial) => initial }, X, Y, options);
