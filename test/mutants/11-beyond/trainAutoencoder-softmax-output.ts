// Mutant (beginner): a softmax output, as in every classifier so far. Its 784 outputs must sum to
// 1, so no reconstruction can have more than one bright pixel's worth of ink.
export * from '../../../solutions/11-beyond.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../solutions/11-beyond.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
import { autoencoderLoop } from './shared/autoencoder-loop.ts';
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  return autoencoderLoop(X, options, { output: 'softmax' });
}
