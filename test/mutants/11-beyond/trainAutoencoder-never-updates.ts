// Mutant (beginner): forward and backward passes run, but the new layers sgdUpdate returns are
// dropped, so the network stays as initialised.
export * from '../../../solutions/11-beyond.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../solutions/11-beyond.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
import { autoencoderLoop } from './shared/autoencoder-loop.ts';
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  return autoencoderLoop(X, options, { update: false });
}
