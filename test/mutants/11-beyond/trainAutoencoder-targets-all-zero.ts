// Mutant: the targets are not the inputs (here a blank page, as a learner who passed a zero Y
// "because there are no labels" would): the network learns to draw nothing.
export * from '../../../solutions/11-beyond.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../solutions/11-beyond.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
import { autoencoderLoop } from './shared/autoencoder-loop.ts';
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  return autoencoderLoop(X, options, { targets: (x) => x.map((row) => row.map(() => 0)) });
}
