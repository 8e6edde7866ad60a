// Mutant (beginner): the bottleneck is checked against 0 only, so a middle layer as wide as the
// input (or wider) is trained without a word.
export * from '../../../solutions/11-beyond.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../solutions/11-beyond.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
import { autoencoderLoop } from './shared/autoencoder-loop.ts';
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  if (!Number.isInteger(options.bottleneck) || options.bottleneck < 1) throw new Error(`bad bottleneck ${options.bottleneck}`);
  if (!(options.learningRate > 0)) throw new Error(`bad learning rate ${options.learningRate}`);
  if (!Number.isInteger(options.epochs) || options.epochs < 0) throw new Error(`bad epochs ${options.epochs}`);
  return autoencoderLoop(X, options);
}
