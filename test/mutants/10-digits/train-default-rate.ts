// Mutant (beginner): SGD's default learning rate is 0.1 (chapter 8's trace), not the 0.5 the stub documents.
import type { trainDigitClassifier as right } from '../../../solutions/10-digits.ts';
import { trainWith } from './shared/train-with.ts';
export * from '../../../solutions/10-digits.ts';

export const trainDigitClassifier: typeof right = (X, Y, options) => trainWith({ sgdRate: 0.1 }, X, Y, options);
