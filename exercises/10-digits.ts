/**
 * Chapter 10: Reading handwritten digits. Your own network from chapters 6 to 8 learns 8,000 real
 * handwritten digits and is graded on 2,000 it has never seen; then the course site lets you draw
 * a digit and watch YOUR trained network read it.
 * Page: docs/10-digits.md. Grade this chapter with `npm test -- 10`.
 *
 * Conventions (as in chapters 6 to 8): a Matrix is an array of rows and examples are COLUMNS. A
 * digit is a column of 784 pixels (the 28×28 image row by row, ink in [0, 1]), so X is (784 × m);
 * Y is one-hot (10 × m): column j has a 1 in row d when example j shows the digit d. A Layer is
 * { W, b } with W of shape (n_l × n_{l−1}) and b an (n_l × 1) column. No function here modifies
 * its inputs.
 *
 * trainDigitClassifier runs YOUR initializeParameters and forwardPropagation (chapter 6),
 * backwardPropagation (chapter 7), and miniBatches, categoricalCrossEntropy, decayedLearningRate
 * and the optimiser you choose (chapter 8): while one of them is not passing, the report shows
 * trainDigitClassifier as "blocked" by it.
 */
import { NotImplemented } from '../lib/not-implemented.ts';
import { type Layer, type Matrix, forwardPropagation, initializeParameters } from './06-forward-propagation.ts';
import { backwardPropagation } from './07-backpropagation.ts';
import { adamUpdate, categoricalCrossEntropy, decayedLearningRate, miniBatches, momentumUpdate, sgdUpdate } from './08-training.ts';

/** The activation of the hidden layers; the output layer is always softmax over the ten digits. */
export type HiddenActivation = 'relu' | 'sigmoid' | 'tanh';

/** How the gradients move the parameters: chapter 8's sgdUpdate, momentumUpdate or adamUpdate. */
export type Optimiser = 'sgd' | 'momentum' | 'adam';

/** What onEpoch is told after each epoch. */
export interface EpochReport {
  /** The epoch just finished, counted from 1. */
  epoch: number;
  /** How many epochs the run has in all. */
  epochs: number;
  /**
   * The mean loss of this epoch's examples: for each batch, categoricalCrossEntropy(AL, batch.Y)
   * of its forward pass (before its update) times its number of examples, summed over the
   * epoch's batches and divided by the number of examples.
   */
  loss: number;
  /**
   * The fraction of this epoch's examples that the forward pass of their batch (before its
   * update) classified right: the most probable digit is the labelled one.
   */
  trainingAccuracy: number;
  /** The learning rate this epoch trained at (after the decay). */
  learningRate: number;
  /** Milliseconds since training started. */
  elapsedMs: number;
}

export interface DigitTrainingOptions {
  /** Units of each hidden layer, input side first. Default [64]: one hidden layer of 64 units. */
  hiddenSizes?: number[];
  /** The activation of every hidden layer. Default 'relu'. */
  activation?: HiddenActivation;
  /** Default 'sgd'. */
  optimiser?: Optimiser;
  /**
   * The initial learning rate η₀, a finite number greater than 0. Default: 0.5 for 'sgd', 0.05 for
   * 'momentum' (its velocity adds up about 1/(1 − β) = 10 steps), 0.001 for 'adam'.
   */
  learningRate?: number;
  /**
   * Inverse-time decay: epoch k (counted from 1) trains at decayedLearningRate(learningRate, decay,
   * k − 1), so the first epoch at η₀ itself. Default 0.5; 0 keeps the rate constant.
   */
  decay?: number;
  /** β of momentumUpdate (only with optimiser 'momentum'). Default 0.9. */
  momentum?: number;
  /** Passes over the training data: a whole number, 1 or more. Default 5. */
  epochs?: number;
  /** Examples per mini-batch. Default 32. */
  batchSize?: number;
  /** Seeds the initial weights and every epoch's shuffle. Default 1. */
  seed?: number;
  /** Called after every epoch (for a progress line, or a learning curve). */
  onEpoch?: (report: EpochReport) => void;
}

/** A trained classifier: what predictDigits needs. */
export interface DigitModel {
  /** The trained layers, input side first: the last one has one unit per digit (softmax). */
  layers: Layer[];
  /** The activation of the hidden layers it was trained with. */
  hiddenActivation: HiddenActivation;
}

/**
 * Trains a softmax network on X (784 × m) and one-hot Y (10 × m) with your own functions. With
 * sizes = [X.length, ...hiddenSizes, Y.length] and activations = [activation for each hidden layer…,
 * 'softmax']:
 *
 *   layers = initializeParameters(sizes, seed)                           (chapter 6)
 *   for each epoch k = 1, 2, …, epochs:
 *     rate = decayedLearningRate(learningRate, decay, k − 1)              (chapter 8)
 *     for each batch of miniBatches(X, Y, batchSize, seed + k):          (a new order every epoch)
 *       { AL, caches } = forwardPropagation(batch.X, layers, activations)
 *       grads = backwardPropagation(AL, batch.Y, caches)                  (chapter 7)
 *       layers = the optimiser's update of layers with grads at this rate
 *                (sgdUpdate; momentumUpdate with velocities that start at zeros; adamUpdate with a
 *                state { t: 0, m: zeros, v: zeros }: both carried from batch to batch, and epoch to epoch)
 *     onEpoch?.({ epoch: k, epochs, loss, trainingAccuracy, learningRate: rate, elapsedMs })
 *
 * The loss and training accuracy of a report come from the batches' own forward passes (see
 * EpochReport): no extra pass over the data. X and Y may have any numbers of rows (features and
 * classes): digits are 784 and 10. The defaults (one hidden layer of 64 ReLU units, SGD at
 * η₀ = 0.5 with decay 0.5, batches of 32, 5 epochs) read about 94% of held-out digits right.
 * Returns { layers, hiddenActivation }. The same data and options give the same model.
 * Does not modify X, Y or options.
 * Throws an Error naming the value when learningRate is not a finite number greater than 0, when
 * epochs is not a whole number, 1 or more, when optimiser or activation is not one of the names
 * above, or when a hidden size is not a whole number, 1 or more; and whatever miniBatches throws
 * (X and Y with different numbers of columns, naming both; a bad batchSize).
 */
export function trainDigitClassifier(X: Matrix, Y: Matrix, options: DigitTrainingOptions = {}): DigitModel {
  // TODO: read the options with their defaults, check them, then the loop above (chapter 8's trainMlp
  // is most of it): a learning rate per epoch, the chosen optimiser, a report after every epoch.
  throw new NotImplemented('trainDigitClassifier');
}

/**
 * The digit each column of X shows, for a trained model: run forwardPropagation with the model's
 * hidden activation on every hidden layer and softmax on the last, and take for each COLUMN (each
 * example) the row of its largest probability, the first one when two are equal.
 * X is (n_0 × m), where n_0 is the number of columns of the first W (784 for digits).
 * Returns m whole numbers (for digits, 0 to 9). Does not modify model or X.
 * Throws an Error when model has no layers, and whatever forwardPropagation throws when X does
 * not have one row per input of the first layer (naming both shapes).
 */
export function predictDigits(model: DigitModel, X: Matrix): number[] {
  // TODO: forward pass with the model's activations, then the largest row of each column.
  throw new NotImplemented('predictDigits');
}

/**
 * The fraction of predictions that equal their labels: accuracy([3, 1, 4], [3, 1, 5]) is 2/3, a
 * number from 0 to 1 (not a count, not a percentage).
 * Does not modify predicted or labels.
 * Throws an Error naming both lengths when predicted and labels have different lengths, and an
 * Error when both are empty (the fraction of nothing is 0/0).
 */
export function accuracy(predicted: number[], labels: number[]): number {
  // TODO: check the lengths, count the matches, divide by the count.
  throw new NotImplemented('accuracy');
}

/**
 * The 10×10 confusion matrix of digit predictions: entry [t][p] counts the examples whose TRUE
 * digit (label) is t and whose PREDICTED digit is p. Rows are the true digits, columns the
 * predicted ones, so the diagonal holds the right answers and each row sums to the number of
 * examples of that digit. confusionMatrix([1, 7], [1, 1]) has a 1 at [1][1] and a 1 at [1][7].
 * Does not modify predicted or labels.
 * Throws an Error naming both lengths when predicted and labels have different lengths, and an
 * Error naming the value and its position when a prediction or a label is not a whole number
 * from 0 to 9.
 */
export function confusionMatrix(predicted: number[], labels: number[]): number[][] {
  // TODO: check both arrays, then count each (label, prediction) pair into a 10×10 grid of zeros.
  throw new NotImplemented('confusionMatrix');
}
