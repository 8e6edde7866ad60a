// Mutant: the middle layer is as wide as the input (sizes [n, n, n]): options.bottleneck is never
// read, so the network can learn to copy its input through instead of a short code for it.
export * from '../../../solutions/11-beyond.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../solutions/11-beyond.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
import { autoencoderLoop } from './shared/autoencoder-loop.ts';
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  return autoencoderLoop(X, options, { middle: (n) => n });
}
