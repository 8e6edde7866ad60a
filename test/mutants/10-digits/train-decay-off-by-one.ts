// Mutant: epoch k trains at decayedLearningRate(η₀, decay, k), so even the first epoch is decayed.
import { decayedLearningRate } from '../../../solutions/08-training.ts';
import type { trainDigitClassifier as right } from '../../../solutions/10-digits.ts';
import { trainWith } from './shared/train-with.ts';
export * from '../../../solutions/10-digits.ts';

export const trainDigitClassifier: typeof right = (X, Y, options) => trainWith({ rate: (initial, decay, k) => decayedLearningRate(initial, decay, k) }, X, Y, options);
