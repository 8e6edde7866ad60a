// Mutant (blind round): no learningRate means 0.5 whatever the optimiser, SGD's default for all three.
import type { trainDigitClassifier as right } from '../../../solutions/10-digits.ts';
import { trainWith } from './shared/train-with.ts';
export * from '../../../solutions/10-digits.ts';

export const trainDigitClassifier: typeof right = (X, Y, options) => trainWith({ oneDefaultRate: 0.5 }, X, Y, options);
