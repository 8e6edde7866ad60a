/**
 * The training playground's model, apart from Vue and the page: the four datasets, a network of
 * lib's (Mlp) with a chosen shape, activation and optimiser, one epoch of lib's mini-batch training
 * at a time, and the network's probability of class 1 over a grid of the plane for the heat map.
 * Everything is seeded, so a browser test can rebuild the same session and check what the widget
 * shows against it. With "Use my code" on, the learner's code trains instead (learner-recipes.ts):
 * the session hands out its network as plain data and takes back the trained one, then measures
 * and draws it as it does lib's.
 */
import { Adam } from '../../../../lib/adam.ts';
import { circles, moons, spirals } from '../../../../lib/datasets.ts';
import { XOR } from '../../../../lib/logic-gates.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import { Mlp } from '../../../../lib/network.ts';
import { Momentum, SGD, type Optimizer } from '../../../../lib/optim.ts';
import { type Random, createRandom } from '../../../../lib/random.ts';
import { train } from '../../../../lib/train.ts';
import type { OptimiserState, TrainingInput } from './learner-recipes.ts';
import type { Activation, PlainLayer } from '../learner-code/plain-network.ts';

export type DatasetName = 'xor' | 'circles' | 'moons' | 'spiral';
export type HiddenActivation = 'tanh' | 'relu' | 'sigmoid';
export type OptimiserName = 'sgd' | 'momentum' | 'adam';

export interface PlaygroundConfig {
  dataset: DatasetName;
  /** Hidden layers, 0 (logistic regression) to 4, all of the same width. */
  layers: number;
  width: number;
  activation: HiddenActivation;
  learningRate: number;
  optimiser: OptimiserName;
}

export const DATASETS: Record<DatasetName, string> = { xor: 'XOR', circles: 'Circles', moons: 'Moons', spiral: 'Spiral' };
export const LAYER_CHOICES = [0, 1, 2, 3, 4] as const;
export const WIDTH_CHOICES = [1, 2, 3, 4, 6, 8, 12, 16] as const;
export const ACTIVATIONS: HiddenActivation[] = ['tanh', 'relu', 'sigmoid'];
export const OPTIMISERS: Record<OptimiserName, string> = { sgd: 'SGD', momentum: 'Momentum (β = 0.9)', adam: 'Adam' };
export const RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3] as const;
/**
 * Each optimiser's own starting rate. One rate does not suit all three: momentum's velocity adds up
 * to about 1/(1 − β) = 10 gradients, and Adam's steps are about η whatever the gradient's size.
 * With the default network on the spiral (seed 1), SGD at 0.3 is stuck near 60% after 1,500
 * epochs, momentum at 0.03 passes 95% at epoch 464 and Adam at 0.03 at epoch 302, while Adam at
 * 0.3 never does (measured with this file's Session).
 */
export const OPTIMISER_RATES: Record<OptimiserName, (typeof RATES)[number]> = { sgd: 0.3, momentum: 0.03, adam: 0.03 };

/** The default network: the one the benchmark must train and redraw within one frame. */
export const DEFAULTS: PlaygroundConfig = { dataset: 'xor', layers: 2, width: 8, activation: 'tanh', learningRate: OPTIMISER_RATES.sgd, optimiser: 'sgd' };
export const POINTS = 200;
export const BATCH_SIZE = 10;
export const DATA_SEED = 8;
/** The plane shown: [−VIEW, VIEW] on both axes; every dataset is scaled to fit inside. */
export const VIEW = 1.5;
/** The heat map's cells per side. */
export const GRID = 48;

export interface PlaygroundData {
  xs: number[][];
  ys: number[];
  x: Matrix;
  y: Matrix;
}

/** Centred on the origin and scaled so the farthest coordinate is 1.2: every dataset fills the same view. */
function fit(xs: number[][]): number[][] {
  const mean = [0, 1].map((k) => xs.reduce((s, p) => s + p[k], 0) / xs.length);
  const reach = Math.max(...xs.map((p) => Math.max(Math.abs(p[0] - mean[0]), Math.abs(p[1] - mean[1]))));
  return xs.map((p) => [(p[0] - mean[0]) * (1.2 / reach), (p[1] - mean[1]) * (1.2 / reach)]);
}

/** XOR's truth table as four noisy clouds: each point near one of (0,0), (0,1), (1,0), (1,1), with its label. */
function xorClouds(n: number, random: Random): { xs: number[][]; ys: number[] } {
  const table = XOR();
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const corner = i % 4;
    xs.push(table.xs[corner].map((v) => v + 0.15 * random.gaussian()));
    ys.push(table.ys[corner]);
  }
  return { xs, ys };
}

export function makeDataset(name: DatasetName): PlaygroundData {
  const random = createRandom(DATA_SEED);
  const raw =
    name === 'xor' ? xorClouds(POINTS, random)
      : name === 'circles' ? circles(POINTS, random, { noise: 0.08 })
        : name === 'moons' ? moons(POINTS, random, { noise: 0.12 })
          : spirals(POINTS, random, { noise: 0.03 });
  const xs = fit(raw.xs);
  return { xs, ys: raw.ys, x: Matrix.from([xs.map((p) => p[0]), xs.map((p) => p[1])]), y: Matrix.from([raw.ys]) };
}

function makeOptimiser(config: PlaygroundConfig): Optimizer {
  if (config.optimiser === 'momentum') return new Momentum(config.learningRate, 0.9);
  if (config.optimiser === 'adam') return new Adam(config.learningRate);
  return new SGD(config.learningRate);
}

/** The grid's cell centres as one (2 × GRID²) batch, row by row from the top (x₂ = VIEW) down. */
function gridBatch(): Matrix {
  const batch = new Matrix(2, GRID * GRID);
  const cell = (2 * VIEW) / GRID;
  for (let r = 0; r < GRID; r++) {
    for (let c = 0; c < GRID; c++) {
      batch.data[r * GRID + c] = -VIEW + (c + 0.5) * cell;
      batch.data[GRID * GRID + r * GRID + c] = VIEW - (r + 0.5) * cell;
    }
  }
  return batch;
}

export interface EpochRecord {
  epoch: number;
  /** The cost (binary cross-entropy) on all the points after the epoch, and the fraction right. */
  loss: number;
  accuracy: number;
}

/** One network being trained on one dataset; `seed` draws its weights and shuffles its batches. */
export class Session {
  readonly config: PlaygroundConfig;
  readonly data: PlaygroundData;
  readonly net: Mlp;
  readonly seed: number;
  private readonly optimiser: Optimizer;
  private readonly shuffler: Random;
  private readonly grid = gridBatch();
  /** history[k]: the cost and accuracy after k epochs (history[0] before any). */
  readonly history: EpochRecord[] = [];
  /** The optimiser's memory while the learner's code trains (lib's optimiser keeps its own). */
  private learnerState: OptimiserState = {};

  constructor(config: PlaygroundConfig, seed: number, data: PlaygroundData = makeDataset(config.dataset)) {
    this.config = { ...config };
    this.data = data;
    this.seed = seed;
    const random = createRandom(seed);
    this.net = new Mlp({
      sizes: [2, ...Array<number>(config.layers).fill(config.width), 1],
      hidden: config.activation,
      output: 'sigmoid',
      random,
    });
    this.optimiser = makeOptimiser(config);
    this.shuffler = createRandom(seed + 1);
    this.history.push(this.measure(0));
  }

  get epoch(): number {
    return this.history.length - 1;
  }

  get last(): EpochRecord {
    return this.history[this.history.length - 1];
  }

  /** Iterations (optimiser steps) per epoch. */
  get stepsPerEpoch(): number {
    return Math.ceil(this.data.ys.length / BATCH_SIZE);
  }

  /** The learning rate of the next steps (the optimiser keeps its velocity or moments). */
  setLearningRate(rate: number): void {
    this.optimiser.learningRate = rate;
    this.config.learningRate = rate;
  }

  private measure(epoch: number): EpochRecord {
    const { x, y, ys } = this.data;
    return { epoch, loss: this.net.loss(x, y), accuracy: this.net.accuracy(x, ys) };
  }

  /** One epoch of lib's mini-batch training: a fresh shuffle, ⌈POINTS / BATCH_SIZE⌉ steps. */
  trainEpoch(): EpochRecord {
    train(this.net, { x: this.data.x, y: this.data.y }, { epochs: 1, batchSize: BATCH_SIZE, random: this.shuffler, optimizer: this.optimiser });
    const record = this.measure(this.epoch + 1);
    this.history.push(record);
    return record;
  }

  /** What the learner's code needs to train the next epoch (learner-recipes.ts), as plain data. */
  learnerInput(): TrainingInput {
    const activations: Activation[] = [...Array<Activation>(this.config.layers).fill(this.config.activation), 'sigmoid'];
    return {
      layers: this.net.dense.map((layer) => ({ W: layer.weight.value.toArray(), b: layer.bias.value.toArray() })),
      activations,
      state: this.learnerState,
      learningRate: this.config.learningRate,
      X: this.data.x.toArray(),
      Y: this.data.y.toArray(),
      batchSize: BATCH_SIZE,
      // Its own shuffle per session and epoch, repeatable like lib's.
      seeds: [this.seed * 10_000 + this.epoch + 1],
    };
  }

  /** The epoch the learner's code trained from learnerInput(): its weights become the network's, measured as lib's are. */
  adoptEpoch(layers: PlainLayer[], state: OptimiserState): EpochRecord {
    this.net.dense.forEach((layer, l) => {
      layer.weight.value.data.set(layers[l].W.flat());
      layer.bias.value.data.set(layers[l].b.flat());
    });
    this.learnerState = state;
    const record = this.measure(this.epoch + 1);
    this.history.push(record);
    return record;
  }

  /** P(class 1) at each grid cell, row by row from the top: GRID² numbers (the network's buffer, read it at once). */
  probabilities(): Float64Array {
    return this.net.run(this.grid).data;
  }
}
