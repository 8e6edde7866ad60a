/**
 * A bottleneck autoencoder, run exactly as chapter 11's exercise trainAutoencoder defines it: the
 * network n → k → n (k < n, the bottleneck) learns to give back its own input. It starts from the
 * course's initial weights (chapter 6: N(0, 1/n_{l−1}) drawn row by row by one createRandom(seed),
 * zero biases), has a sigmoid output trained with binary cross-entropy against the input itself
 * (chapter 7's dZ = A − Y, with Y = X), plain SGD on the mini-batches of chapter 8 (epoch e
 * shuffled by createRandom(seed + e)), and records the reconstruction error (the mean squared
 * error between the output and the input, over every pixel) before training and after every
 * epoch. The page's figures and the grader's reference both come from here.
 */
import { miniBatches } from './batches.ts';
import { meanSquaredError } from './losses.ts';
import { Matrix } from './matrix.ts';
import { Mlp } from './network.ts';
import { SGD } from './optim.ts';
import { createRandom } from './random.ts';
import { type SpineLayer, spineInitialLayers } from './spine-training.ts';

export interface AutoencoderOptions {
  /** Units in the middle layer: the size of the code each input is squeezed into. */
  bottleneck: number;
  hiddenActivation: 'relu' | 'sigmoid' | 'tanh';
  learningRate: number;
  epochs: number;
  batchSize: number;
  seed: number;
}

export interface AutoencoderRun {
  /** [encoder (k × n), decoder (n × k)], as nested rows; b as (n_l × 1) columns. */
  layers: SpineLayer[];
  /** epochs + 1 reconstruction errors on all of X: before training, then after each epoch. */
  costs: number[];
}

/** lib's network with these layers: the given hidden activation, then a sigmoid output. */
export function autoencoderNetwork(hiddenActivation: AutoencoderOptions['hiddenActivation'], layers: readonly SpineLayer[]): Mlp {
  const sizes = [layers[0].W[0].length, layers[0].W.length, layers[1].W.length];
  return Mlp.fromJSON({
    sizes,
    hidden: [hiddenActivation],
    output: 'sigmoid',
    dropout: 0,
    weights: layers.map((l) => l.W),
    biases: layers.map((l) => l.b.map((r) => r[0])),
  });
}

/** The mean squared error between what the network gives back for X and X itself. */
export function reconstructionError(net: Mlp, x: Matrix): number {
  return meanSquaredError(net.run(x), x);
}

/** trainAutoencoder's run (see the top of the file) on X (pixels × m). */
export function autoencoderRun(X: Matrix | readonly (readonly number[])[], options: AutoencoderOptions): AutoencoderRun {
  const x = X instanceof Matrix ? X : Matrix.from(X);
  const n = x.rows;
  const net = autoencoderNetwork(options.hiddenActivation, spineInitialLayers([n, options.bottleneck, n], options.seed));
  // lib's sigmoid loss is the mean over the n outputs of a column, chapter 7's the sum over them:
  // the same gradient divided by n, so lib steps n times as far to take the learner's step.
  const sgd = new SGD(options.learningRate * n);
  const costs = [reconstructionError(net, x)];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const batch of miniBatches(x, x, options.batchSize, createRandom(options.seed + epoch))) net.trainStep(batch.x, batch.y, sgd);
    costs.push(reconstructionError(net, x));
  }
  const json = net.toJSON();
  return { layers: json.weights.map((W, l) => ({ W, b: json.biases[l].map((v) => [v]) })), costs };
}
