/**
 * A multilayer perceptron: dense layers with a chosen activation per hidden layer, optional
 * dropout after each hidden layer, and a softmax, sigmoid or linear output. Each output comes
 * with its loss (categorical cross-entropy, binary cross-entropy, mean squared error), because
 * together they have a simple gradient at the output layer's Z:
 *   softmax + cross-entropy: (Ŷ − Y) / m       sigmoid + binary cross-entropy: (Ŷ − Y) / (n·m)
 *   linear + mean squared error: 2 (Ŷ − Y) / (n·m)
 * (costs and gradients as in losses.ts). Examples are columns: X is (inputs×m), Y is (outputs×m).
 */
import { type ActivationName, activationNames } from './activations.ts';
import type { InitName } from './init.ts';
import { Dense, Dropout, type Layer } from './layers.ts';
import { meanSquaredError, sigmoidCrossEntropy, softmaxCrossEntropy } from './losses.ts';
import { Matrix } from './matrix.ts';
import type { Optimizer, Parameter } from './optim.ts';
import { type Random, createRandom } from './random.ts';
import { type Regularizer, addPenaltyGradient, penalty } from './regularization.ts';

export type OutputActivation = 'softmax' | 'sigmoid' | 'linear';

export interface MlpOptions {
  /** Layer widths from input to output, e.g. [784, 64, 10]. */
  sizes: readonly number[];
  /** The hidden layers' activation, one for all or one per hidden layer ('relu' by default). */
  hidden?: ActivationName | readonly ActivationName[];
  /** The output activation, which also picks the loss ('softmax' by default). */
  output?: OutputActivation;
  /** The slope or scale of leakyRelu and elu. */
  alpha?: number;
  /** Weight initialisation: 'he' by default when every hidden layer is ReLU-like, 'xavier' otherwise. */
  init?: InitName;
  /** Dropout rate after each hidden layer (0, no dropout, by default). */
  dropout?: number;
  /** For initialisation and dropout. */
  random: Random;
}

/** Regularisation for a training step: the kind and its strength λ. */
export interface Penalty {
  kind: Regularizer;
  lambda: number;
}

/** An Mlp as plain data: JSON.stringify it, and Mlp.fromJSON gets the same network back. */
export interface MlpJson {
  sizes: number[];
  hidden: ActivationName[];
  output: OutputActivation;
  alpha?: number;
  dropout: number;
  /** One (n_l × n_{l−1}) weight matrix per layer, as nested arrays of rows. */
  weights: number[][][];
  /** One bias per layer, as a plain array of n_l numbers. */
  biases: number[][];
}

const reluLike = new Set<ActivationName>(['relu', 'leakyRelu', 'elu']);

export class Mlp {
  readonly sizes: readonly number[];
  readonly hidden: readonly ActivationName[];
  readonly output: OutputActivation;
  readonly alpha: number | undefined;
  readonly dropout: number;
  /** The dense layers, input to output. */
  readonly dense: readonly Dense[];
  /** Every layer in order, dropout included. */
  readonly layers: readonly Layer[];
  private readonly gradient = new Map<number, Matrix>();

  constructor(options: MlpOptions) {
    const { sizes, output = 'softmax', alpha, dropout = 0, random } = options;
    if (sizes.length < 2 || !sizes.every((s) => Number.isInteger(s) && s > 0)) {
      throw new RangeError(`Mlp: sizes must list at least an input and an output width, all positive whole numbers, got [${sizes.join(', ')}]`);
    }
    const hiddenCount = sizes.length - 2;
    const hidden = typeof options.hidden === 'string' || options.hidden === undefined
      ? Array<ActivationName>(hiddenCount).fill(options.hidden ?? 'relu')
      : [...options.hidden];
    if (hidden.length !== hiddenCount) {
      throw new RangeError(`Mlp: ${hiddenCount} hidden layers but ${hidden.length} hidden activations`);
    }
    for (const name of hidden) {
      if (!activationNames.includes(name)) throw new RangeError(`Mlp: unknown activation "${name}"`);
    }
    if (!['softmax', 'sigmoid', 'linear'].includes(output)) throw new RangeError(`Mlp: the output must be softmax, sigmoid or linear, got "${output}"`);
    const init = options.init ?? (hidden.every((h) => reluLike.has(h)) ? 'he' : 'xavier');
    this.sizes = [...sizes];
    this.hidden = hidden;
    this.output = output;
    this.alpha = alpha;
    this.dropout = dropout;
    const dense: Dense[] = [];
    const layers: Layer[] = [];
    for (let l = 1; l < sizes.length; l++) {
      const activation = l < sizes.length - 1 ? hidden[l - 1] : output;
      const layer = new Dense(sizes[l - 1], sizes[l], { activation, alpha, init, random });
      dense.push(layer);
      layers.push(layer);
      if (l < sizes.length - 1 && dropout > 0) layers.push(new Dropout(dropout, random));
    }
    this.dense = dense;
    this.layers = layers;
  }

  /** Every weight and bias, with its gradient, input layer first. */
  parameters(): Parameter[] {
    return this.dense.flatMap((layer) => layer.parameters());
  }

  /**
   * The network's output for a batch, in the network's own buffer (overwritten by the next pass
   * at the same batch size). `training` switches dropout on.
   */
  run(x: Matrix, training = false): Matrix {
    let a = x;
    for (const layer of this.layers) a = layer.forward(a, training);
    return a;
  }

  /** The output (probabilities for softmax and sigmoid) for a batch, as a new matrix. */
  forward(x: Matrix, training = false): Matrix {
    return this.run(x, training).clone();
  }

  /**
   * Backward pass after a forward pass on the same batch: fills every parameter's gradient of the
   * cost for targets Y (one-hot columns for softmax). With a penalty, its gradient is added to
   * the weights' (not the biases'). The input's gradient is not computed: nobody needs it.
   */
  backward(y: Matrix, regularization?: Penalty): void {
    const last = this.dense[this.dense.length - 1];
    const yHat = last.cache?.a;
    if (!yHat) throw new Error('Mlp.backward: call forward first');
    if (y.rows !== yHat.rows || y.cols !== yHat.cols) {
      throw new RangeError(`Mlp.backward: the output is ${yHat.shape} but the targets are ${y.shape}`);
    }
    let dz = this.gradient.get(y.cols);
    if (!dz) this.gradient.set(y.cols, (dz = new Matrix(y.rows, y.cols)));
    // The fused output gradient (see the top of the file).
    const k = this.output === 'softmax' ? 1 / y.cols : this.output === 'sigmoid' ? 1 / y.data.length : 2 / y.data.length;
    for (let i = 0; i < y.data.length; i++) dz.data[i] = k * (yHat.data[i] - y.data[i]);
    let grad = last.backwardFromZ(dz, this.layers.length > 1);
    for (let l = this.layers.length - 2; l >= 0; l--) grad = this.layers[l].backward(grad as Matrix, l > 0);
    if (regularization) {
      for (const layer of this.dense) {
        addPenaltyGradient(regularization.kind, layer.weight.grad, layer.weight.value, regularization.lambda, y.cols);
      }
    }
  }

  /**
   * The cost for a batch after a forward pass on it: the output's loss, computed stably from the
   * output layer's Z, plus the penalty when one is given.
   */
  lastLoss(y: Matrix, regularization?: Penalty): number {
    const last = this.dense[this.dense.length - 1];
    const cache = last.cache;
    if (!cache) throw new Error('Mlp.lastLoss: call forward first');
    const loss = this.output === 'softmax'
      ? softmaxCrossEntropy(cache.z, y)
      : this.output === 'sigmoid'
        ? sigmoidCrossEntropy(cache.z, y)
        : meanSquaredError(cache.a, y);
    if (!regularization) return loss;
    return loss + penalty(regularization.kind, this.dense.map((d) => d.weight.value), regularization.lambda, y.cols);
  }

  /** The cost of the network on a batch (a forward pass in test mode, so no dropout). */
  loss(x: Matrix, y: Matrix, regularization?: Penalty): number {
    this.run(x, false);
    return this.lastLoss(y, regularization);
  }

  /**
   * One training step on a batch: forward (training mode), cost, backward, optimiser step.
   * Returns the cost before the step.
   */
  trainStep(x: Matrix, y: Matrix, optimizer: Optimizer, regularization?: Penalty): number {
    this.run(x, true);
    const loss = this.lastLoss(y, regularization);
    this.backward(y, regularization);
    optimizer.step(this.parameters());
    return loss;
  }

  /**
   * The predicted class of each column: the largest output, or for a single sigmoid output,
   * 1 when it is at least 0.5.
   */
  predict(x: Matrix): number[] {
    return predictionsOf(this.run(x, false), this.output);
  }

  /** The fraction of examples whose predicted class is the label (labels as numbers, or one-hot columns). */
  accuracy(x: Matrix, labels: ArrayLike<number> | Matrix): number {
    const predicted = this.predict(x);
    const truth = labels instanceof Matrix ? labelsOf(labels) : labels;
    if (truth.length !== predicted.length) {
      throw new RangeError(`Mlp.accuracy: ${predicted.length} examples but ${truth.length} labels`);
    }
    let right = 0;
    for (let j = 0; j < predicted.length; j++) if (predicted[j] === truth[j]) right++;
    return predicted.length === 0 ? 0 : right / predicted.length;
  }

  toJSON(): MlpJson {
    return {
      sizes: [...this.sizes],
      hidden: [...this.hidden],
      output: this.output,
      ...(this.alpha === undefined ? {} : { alpha: this.alpha }),
      dropout: this.dropout,
      weights: this.dense.map((d) => d.weight.value.toArray()),
      biases: this.dense.map((d) => Array.from(d.bias.value.data)),
    };
  }

  /**
   * The network that toJSON described. `random` drives dropout if the network is trained further
   * (a generator seeded with 0 when none is given); the weights themselves come from the JSON.
   */
  static fromJSON(json: MlpJson, random: Random = createRandom(0)): Mlp {
    const net = new Mlp({
      sizes: json.sizes,
      hidden: json.hidden,
      output: json.output,
      alpha: json.alpha,
      dropout: json.dropout,
      init: 'zeros',
      random,
    });
    net.dense.forEach((layer, l) => {
      const w = Matrix.from(json.weights[l]);
      if (w.rows !== layer.outputs || w.cols !== layer.inputs || json.biases[l].length !== layer.outputs) {
        throw new RangeError(`Mlp.fromJSON: layer ${l + 1} should be (${layer.outputs}×${layer.inputs}) with ${layer.outputs} biases, got ${w.shape} and ${json.biases[l].length}`);
      }
      layer.weight.value.data.set(w.data);
      layer.bias.value.data.set(json.biases[l]);
    });
    return net;
  }
}

/** Predicted classes from an output matrix (see Mlp.predict). */
export function predictionsOf(output: Matrix, kind: OutputActivation): number[] {
  const { rows: n, cols: m } = output;
  if (kind === 'sigmoid' && n === 1) return Array.from(output.data, (p) => (p >= 0.5 ? 1 : 0));
  const best: number[] = new Array(m).fill(0);
  for (let j = 0; j < m; j++) {
    for (let i = 1; i < n; i++) if (output.data[i * m + j] > output.data[best[j] * m + j]) best[j] = i;
  }
  return best;
}

/** Class labels from targets: the hot row of each one-hot column, or 0/1 for a single row. */
export function labelsOf(y: Matrix): number[] {
  return predictionsOf(y, y.rows === 1 ? 'sigmoid' : 'softmax');
}
