/**
 * Chapter 11: Beyond this course. Two ideas that reuse your whole network unchanged: an
 * autoencoder (a network that learns to give back its own input through a narrow middle layer)
 * and transfer learning (training a network whose first layers are frozen).
 * Page: docs/11-beyond.md. Grade this chapter with `npm test -- 11`.
 *
 * Both exercises are training loops built from your own chapters 6 to 9, like chapter 8's
 * trainMlp: forwardPropagation and initializeParameters (6), backwardPropagation (7), miniBatches,
 * sgdUpdate, momentumUpdate and the losses (8), l2Gradient (9). Import them as trainMlp does.
 */
import { NotImplemented } from '../lib/not-implemented.ts';
import type { Activation, Layer, Matrix } from './06-forward-propagation.ts';
import type { LayerGradients } from './07-backpropagation.ts';

export interface AutoencoderOptions {
  /** Units in the middle layer: the size of the code each input is squeezed into, from 1 to n − 1. */
  bottleneck: number;
  /** The activation of the middle layer; the output layer is always sigmoid. */
  hiddenActivation: 'relu' | 'sigmoid' | 'tanh';
  /** The step size of every sgdUpdate: a finite number greater than 0. */
  learningRate: number;
  /** How many passes over the data: a whole number, 0 or more. */
  epochs: number;
  /** Examples per mini-batch (see miniBatches). */
  batchSize: number;
  /** Seeds the initial weights and every epoch's shuffle. */
  seed: number;
}

export interface AutoencoderResult {
  /** Two layers: the encoder (bottleneck × n) and the decoder (n × bottleneck), each with its b. */
  layers: Layer[];
  /**
   * epochs + 1 reconstruction errors on ALL of X: costs[0] before training, costs[k] after epoch
   * k, each meanSquaredError(forwardPropagation(X, layers, activations).AL, X) (chapter 8).
   */
  costs: number[];
}

/**
 * Trains an autoencoder n → bottleneck → n on X (n × m, one example per column, every entry in
 * [0, 1], such as a digit's pixels): a network whose target is its own input, so Y = X.
 *
 *   sizes = [n, bottleneck, n]; layers = initializeParameters(sizes, seed)      (chapter 6)
 *   activations = [hiddenActivation, 'sigmoid']
 *   for each epoch k = 1, 2, …, epochs:
 *     for each batch of miniBatches(X, X, batchSize, seed + k):                (the target is X)
 *       { AL, caches } = forwardPropagation(batch.X, layers, activations)
 *       grads = backwardPropagation(AL, batch.Y, caches)      (sigmoid with binary cross-entropy)
 *       layers = sgdUpdate(layers, grads, learningRate)
 *
 * recording the reconstruction error (see AutoencoderResult) before the first epoch and after every
 * epoch. Returns { layers, costs }. The same call gives the same result. Does not modify X or options.
 * Throws an Error naming the value when bottleneck is not a whole number from 1 to n − 1 (a middle
 * layer as wide as the input could learn to copy it and learn nothing), when learningRate is not a
 * finite number greater than 0, or when epochs is not a whole number, 0 or more; and whatever
 * miniBatches throws (a bad batchSize).
 */
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  // TODO: check the options, initialise, then the loop above, recording the costs.
  throw new NotImplemented('trainAutoencoder');
}

export interface FreezeLayersOptions {
  /**
   * How many layers, counted from the input, are frozen: they and their velocities come back
   * exactly as they were given. 0 trains every layer; layers.length trains none.
   */
  frozen: number;
  /** One activation per layer, input side first; the last one must be 'softmax'. */
  activations: Activation[];
  /** The step size η: a finite number greater than 0. */
  learningRate: number;
  /** The momentum β of momentumUpdate (chapter 8), from 0 (plain SGD) up to but not including 1. */
  momentum: number;
  /** The L2 strength λ (chapter 9), 0 or more: (λ/m)·W is added to each trained layer's dW, m the batch size. */
  weightDecay: number;
  /** How many passes over the data: a whole number, 0 or more. */
  epochs: number;
  /** Examples per mini-batch (see miniBatches). */
  batchSize: number;
  /** Seeds every epoch's shuffle (the layers are given, not initialised). */
  seed: number;
  /**
   * The velocities left by earlier training, one { dW, db } per layer, shaped like its W and b (as
   * momentumUpdate takes them). Omitted: every velocity starts at zeros.
   */
  velocities?: LayerGradients[];
}

export interface FreezeLayersResult {
  /** Every layer: the frozen ones exactly as given, the others trained. */
  layers: Layer[];
  /** Every layer's velocity: the frozen ones exactly as given (or zeros), the others updated. */
  velocities: LayerGradients[];
  /**
   * epochs + 1 costs on ALL of X and Y: costs[0] before training, costs[k] after epoch k, each
   * categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y) (no penalty term).
   */
  costs: number[];
}

/**
 * Fine-tunes a network whose first `frozen` layers stay frozen (transfer learning: those layers
 * were copied from a network trained on another task). X is (features × m), Y one-hot (classes × m).
 *
 *   for each epoch k = 1, 2, …, epochs:
 *     for each batch of miniBatches(X, Y, batchSize, seed + k):
 *       { AL, caches } = forwardPropagation(batch.X, layers, activations)
 *       grads = backwardPropagation(AL, batch.Y, caches)
 *       for each layer l that is NOT frozen:
 *         dW += l2Gradient(W, weightDecay, m)          (chapter 9; m = the batch's columns)
 *         velocity and layer by momentumUpdate with learningRate and momentum   (chapter 8)
 *       a frozen layer: nothing at all, its velocity included
 *
 * recording the cost (see FreezeLayersResult) before the first epoch and after every epoch.
 * A frozen layer's numbers come back bit for bit as they were: not nudged by momentum, not
 * shrunk by weight decay, not replaced by zeros. Returns { layers, velocities, costs }.
 * Does not modify X, Y, layers or options.
 * Throws an Error naming the value when frozen is not a whole number from 0 to layers.length,
 * when learningRate is not a finite number greater than 0, when momentum is not in [0, 1), when
 * weightDecay is below 0, or when epochs is not a whole number, 0 or more; an Error when the
 * activations do not number one per layer or the last is not 'softmax'.
 */
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  // TODO: check the options, then the loop above: a new list of layers and velocities per step,
  // in which the frozen ones are the very ones you were given.
  throw new NotImplemented('freezeLayers');
}
