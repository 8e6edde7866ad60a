/**
 * Chapter 8: Training. The losses that score a network, the mini-batches an epoch is cut into,
 * three ways to move the parameters once backpropagation has the gradients (plain SGD, momentum,
 * Adam), a learning rate that decays, and the training loop that puts your chapters 6 and 7 to
 * work: at the end of this file your own network solves XOR.
 * Page: docs/08-training.md. Grade this chapter with `npm test -- 08`.
 *
 * Conventions (as in chapters 6 and 7): a Matrix is an array of rows, and examples are COLUMNS,
 * so X is (features × m), Y is (outputs × m) and m is the number of examples. A Layer is { W, b }
 * with W of shape (n_l × n_{l−1}) and b an (n_l × 1) column; LayerGradients is { dW, db } of the
 * same shapes. No function here modifies its inputs: each returns new arrays.
 *
 * trainMlp runs YOUR initializeParameters and forwardPropagation (chapter 6), backwardPropagation
 * (chapter 7) and this file's miniBatches, sgdUpdate and categoricalCrossEntropy: while one of
 * them is not passing, the report shows trainMlp as "blocked" by it.
 */
import { createRandom } from '../lib/random.ts';
import { NotImplemented } from '../lib/not-implemented.ts';
import { type Activation, type Layer, type Matrix, forwardPropagation, initializeParameters } from './06-forward-propagation.ts';
import { type LayerGradients, backwardPropagation } from './07-backpropagation.ts';

/**
 * The mean squared error: the mean of (AL[i][j] − Y[i][j])² over ALL n·m entries (n outputs for
 * each of m examples). No ½ in front. meanSquaredError([[1, 2]], [[0, 0]]) is (1 + 4) / 2 = 2.5.
 * Does not modify AL or Y.
 * Throws an Error naming both shapes, written like (2×3), when AL and Y do not have the same shape
 * (more or fewer rows, or columns), and an Error when they have no entries at all.
 */
export function meanSquaredError(AL: Matrix, Y: Matrix): number {
  // TODO: check the shapes, add up the squared differences, divide by the number of entries.
  throw new NotImplemented('meanSquaredError');
}

/**
 * The categorical cross-entropy of softmax outputs AL against one-hot targets Y, both (classes × m):
 *
 *   J = −(1/m) Σ_j Σ_i Y[i][j] · ln(max(AL[i][j], epsilon))
 *
 * a sum over the classes of each example and a mean over the m examples. Every probability is
 * first floored at epsilon (1e-12 when not given), so the result is finite even when the right
 * class gets probability 0: categoricalCrossEntropy([[1], [0]], [[0], [1]]) is −ln(1e-12) ≈ 27.63.
 * With one-hot Y it is the mean of −ln(probability given to the right class).
 * Does not modify AL or Y.
 * Throws as meanSquaredError does (shapes that differ, naming both; no entries).
 */
export function categoricalCrossEntropy(AL: Matrix, Y: Matrix, epsilon = 1e-12): number {
  // TODO: check the shapes, then −Y ln(max(AL, epsilon)) summed over every entry, divided by m.
  throw new NotImplemented('categoricalCrossEntropy');
}

/** One mini-batch: the same columns (examples) of X and of Y. */
export interface Batch {
  X: Matrix;
  Y: Matrix;
}

/**
 * How many updates (iterations) one epoch makes when `count` examples are cut into batches of
 * `batchSize`: ⌈count / batchSize⌉, since the last, smaller batch is an update too.
 * iterationsPerEpoch(55000, 100) is 550; iterationsPerEpoch(55001, 100) is 551;
 * iterationsPerEpoch(0, 10) is 0.
 * Throws an Error naming the value when count is not a whole number, 0 or more, or when batchSize
 * is not a whole number, 1 or more.
 */
export function iterationsPerEpoch(count: number, batchSize: number): number {
  // TODO: check both numbers, then round the division up.
  throw new NotImplemented('iterationsPerEpoch');
}

/**
 * One epoch's mini-batches of the m examples (columns) of X and Y, in a seeded random order:
 *
 *   1. order = createRandom(seed).shuffle([0, 1, …, m − 1])   (createRandom from lib/random.ts)
 *   2. cut order into runs of batchSize: order[0 … batchSize−1], order[batchSize … 2·batchSize−1], …
 *      The last run keeps whatever is left, so it is smaller when m is not a multiple of batchSize.
 *   3. batch k is { X: the columns of X listed in run k, in that order, Y: the same columns of Y }.
 *
 * So there are iterationsPerEpoch(m, batchSize) batches, and every example is in exactly one of
 * them. The same seed always gives the same batches; another seed (the next epoch's) another order.
 * A batchSize of m or more gives one batch holding every example (shuffled).
 * Does not modify X or Y: every batch is made of new arrays.
 * Throws an Error naming both counts when X and Y have different numbers of columns, and (as
 * iterationsPerEpoch does) an Error naming batchSize when it is not a whole number, 1 or more.
 */
export function miniBatches(X: Matrix, Y: Matrix, batchSize: number, seed: number): Batch[] {
  // TODO: shuffle the column indices with createRandom(seed), cut them into runs, copy those columns.
  throw new NotImplemented('miniBatches');
}

/**
 * One step of gradient descent on every layer: W ← W − learningRate · dW and b ← b − learningRate · db,
 * with grads[l] the gradients of layers[l]. Returns new layers; does not modify layers or grads.
 * Throws an Error naming both counts when grads does not have one entry per layer (more or fewer),
 * and an Error naming the layer and both shapes when a dW or db does not have its W's or b's shape.
 */
export function sgdUpdate(layers: Layer[], grads: LayerGradients[], learningRate: number): Layer[] {
  // TODO: check the counts and shapes, then subtract learningRate times each gradient, into new matrices.
  throw new NotImplemented('sgdUpdate');
}

/**
 * One step of gradient descent with momentum, for every W and b (velocities[l] goes with layers[l]
 * and has the shapes of its gradients):
 *
 *   v ← beta · v + dW            (the new velocity: the old one, decayed, plus this gradient)
 *   W ← W − learningRate · v     (the step follows the velocity, not the bare gradient)
 *
 * and the same for b with db. Start training with velocities of zeros: the first step is then a
 * plain SGD step. Returns { layers, velocities }, both new: pass the returned velocities to the
 * next call. Does not modify layers, grads or velocities.
 * Throws as sgdUpdate does when grads, or velocities, do not match the layers (count or shapes).
 */
export function momentumUpdate(
  layers: Layer[],
  grads: LayerGradients[],
  velocities: LayerGradients[],
  learningRate: number,
  beta: number,
): { layers: Layer[]; velocities: LayerGradients[] } {
  // TODO: the new velocities from the old ones and the gradients, then step every parameter along them.
  throw new NotImplemented('momentumUpdate');
}

/** Adam's memory between steps. */
export interface AdamState {
  /** How many Adam steps have been taken so far: 0 before the first. */
  t: number;
  /** The running mean of the gradients, one { dW, db } per layer (zeros at the start). */
  m: LayerGradients[];
  /** The running mean of the squared gradients, one { dW, db } per layer (zeros at the start). */
  v: LayerGradients[];
}

export interface AdamOptions {
  /** Decay of m (0.9 when not given). */
  beta1?: number;
  /** Decay of v (0.999 when not given). */
  beta2?: number;
  /** Added to √v̂ so the step never divides by 0 (1e-8 when not given). */
  epsilon?: number;
}

/**
 * One Adam step. With t = state.t + 1 (the number of THIS step: 1 on the first call), for every
 * entry of every W (and likewise b), with g its gradient:
 *
 *   m ← beta1 · m + (1 − beta1) · g
 *   v ← beta2 · v + (1 − beta2) · g²
 *   m̂ = m / (1 − beta1^t)        v̂ = v / (1 − beta2^t)        (the bias correction)
 *   W ← W − learningRate · m̂ / (√v̂ + epsilon)
 *
 * Returns { layers, state: { t, m, v } }, all new: pass the returned state to the next call. On
 * the first step m̂ = g and v̂ = g², so every entry moves by about learningRate.
 * Does not modify layers, grads or state.
 * Throws as sgdUpdate does when grads, state.m or state.v do not match the layers (count or shapes).
 */
export function adamUpdate(
  layers: Layer[],
  grads: LayerGradients[],
  state: AdamState,
  learningRate: number,
  options: AdamOptions = {},
): { layers: Layer[]; state: AdamState } {
  // TODO: t + 1, the two running means, their bias-corrected versions, then the step.
  throw new NotImplemented('adamUpdate');
}

/**
 * The learning rate of epoch `epoch` under inverse-time decay: initial / (1 + decay · epoch), with
 * epochs counted FROM 0, so the first epoch (epoch 0) trains at `initial` itself.
 * decayedLearningRate(0.1, 0.5, 0) is 0.1; decayedLearningRate(0.1, 0.5, 2) is 0.05.
 * Throws an Error naming the value when decay is not a finite number, 0 or more, or when epoch is
 * not a whole number, 0 or more.
 */
export function decayedLearningRate(initial: number, decay: number, epoch: number): number {
  // TODO: check decay and epoch, then the formula.
  throw new NotImplemented('decayedLearningRate');
}

export interface TrainMlpOptions {
  /** Layer sizes [n_0, n_1, …, n_L]: n_0 = the rows of X (features), n_L = the rows of Y (classes). */
  sizes: number[];
  /** The activation of every hidden layer; the output layer is always softmax. */
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

export interface TrainMlpResult {
  /** The trained layers. */
  layers: Layer[];
  /**
   * epochs + 1 costs on ALL of X and Y: costs[0] before training, costs[k] after epoch k, each
   * categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y).
   */
  costs: number[];
}

/**
 * Trains a softmax network by mini-batch gradient descent, with your own functions:
 *
 *   layers = initializeParameters(sizes, seed)                           (chapter 6)
 *   activations = [hiddenActivation for each hidden layer…, 'softmax']
 *   for each epoch k = 1, 2, …, epochs:
 *     for each batch of miniBatches(X, Y, batchSize, seed + k):         (a new order every epoch)
 *       { AL, caches } = forwardPropagation(batch.X, layers, activations)   (chapter 6)
 *       grads = backwardPropagation(AL, batch.Y, caches)                    (chapter 7)
 *       layers = sgdUpdate(layers, grads, learningRate)
 *
 * recording the cost (see TrainMlpResult) before the first epoch and after every epoch. X is
 * (features × m), Y one-hot (classes × m). Returns { layers, costs }. The same call gives the same
 * result. Does not modify X, Y or options.
 * Throws an Error naming the value when learningRate is not a finite number greater than 0 or
 * epochs is not a whole number, 0 or more; an Error naming both numbers when sizes[0] is not the
 * number of rows of X or the last size is not the number of rows of Y; and whatever miniBatches
 * throws (X and Y with different numbers of columns, a bad batchSize).
 */
export function trainMlp(X: Matrix, Y: Matrix, options: TrainMlpOptions): TrainMlpResult {
  // TODO: check the options, initialise, then the loop above, recording the costs.
  throw new NotImplemented('trainMlp');
}
