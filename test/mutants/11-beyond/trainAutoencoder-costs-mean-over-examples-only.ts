// Mutant (beginner): the reconstruction error sums the squared errors of a column's pixels and
// averages over the examples only, so it is n times the mean squared error chapter 8 defines.
export * from '../../../solutions/11-beyond.ts';
import type { AutoencoderOptions, AutoencoderResult } from '../../../solutions/11-beyond.ts';
import type { Matrix } from '../../../solutions/06-forward-propagation.ts';
import { autoencoderLoop } from './shared/autoencoder-loop.ts';
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  const run = autoencoderLoop(X, options);
  return { ...run, costs: run.costs.map((c) => c * X.length) };
}
