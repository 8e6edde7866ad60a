/**
 * The training loop: for each epoch, shuffle, cut into mini-batches, and for each batch take one
 * optimiser step; report progress after every batch, and return the history.
 */
import { examplesAsRows, gatherExamples, iterationsPerEpoch } from './batches.ts';
import { Matrix } from './matrix.ts';
import { type Mlp, type Penalty, labelsOf, predictionsOf } from './network.ts';
import { type Optimizer, SGD } from './optim.ts';
import type { Random } from './random.ts';

export interface TrainingProgress {
  /** 0-based epoch and batch within it. */
  epoch: number;
  batch: number;
  /** Batches per epoch. */
  batches: number;
  /** The batch's cost (before the step) and the fraction of it classified right. */
  loss: number;
  accuracy: number;
}

export interface TrainingHistory {
  /** Per epoch: the mean batch cost and training accuracy, measured while training. */
  loss: number[];
  accuracy: number[];
  /** Per epoch, on the validation set when one is given: cost and accuracy after the epoch. */
  validationLoss: number[];
  validationAccuracy: number[];
}

export interface TrainingOptions {
  epochs: number;
  batchSize: number;
  /** Shuffles the examples every epoch (seeded, so a run can be repeated). */
  random: Random;
  /** Plain SGD with this step size, unless an optimizer is given (0.1 by default). */
  learningRate?: number;
  optimizer?: Optimizer;
  /** The learning rate for each epoch, e.g. (e) => inverseTimeDecay(0.1, 0.5, e). */
  schedule?: (epoch: number) => number;
  regularization?: Penalty;
  /** Called after every batch. */
  onProgress?: (progress: TrainingProgress) => void;
  validation?: { x: Matrix; y: Matrix };
}

/** Trains `net` on examples x (inputs×count) with targets y (outputs×count). */
export function train(net: Mlp, data: { x: Matrix; y: Matrix }, options: TrainingOptions): TrainingHistory {
  const { x, y } = data;
  const { epochs, batchSize, random, regularization, onProgress, validation, schedule } = options;
  if (x.cols !== y.cols) throw new RangeError(`train: ${x.cols} examples in x (${x.shape}) but ${y.cols} in y (${y.shape})`);
  const optimizer = options.optimizer ?? new SGD(options.learningRate ?? 0.1);
  const count = x.cols;
  const batches = iterationsPerEpoch(count, batchSize);
  const truth = labelsOf(y);
  // One pair of batch buffers per batch size (full, and the last partial one): no allocation per batch.
  const buffers = new Map<number, { x: Matrix; y: Matrix }>();
  const buffersFor = (m: number) => {
    let b = buffers.get(m);
    if (!b) buffers.set(m, (b = { x: new Matrix(x.rows, m), y: new Matrix(y.rows, m) }));
    return b;
  };
  // Examples as rows, once, so that each batch is gathered from contiguous memory (batches.ts).
  const xRows = examplesAsRows(x);
  const yRows = examplesAsRows(y);
  const order = Array.from({ length: count }, (_, i) => i);
  const history: TrainingHistory = { loss: [], accuracy: [], validationLoss: [], validationAccuracy: [] };

  for (let epoch = 0; epoch < epochs; epoch++) {
    if (schedule) optimizer.learningRate = schedule(epoch);
    const shuffled = random.shuffle(order);
    let lossSum = 0;
    let right = 0;
    for (let batch = 0; batch < batches; batch++) {
      const indices = shuffled.slice(batch * batchSize, (batch + 1) * batchSize);
      const b = buffersFor(indices.length);
      gatherExamples(xRows, indices, b.x);
      gatherExamples(yRows, indices, b.y);
      const loss = net.trainStep(b.x, b.y, optimizer, regularization);
      // The output of the forward pass is still in the last layer's cache: accuracy costs no extra pass.
      const predicted = predictionsOf(net.dense[net.dense.length - 1].cache!.a, net.output);
      let batchRight = 0;
      for (let j = 0; j < indices.length; j++) if (predicted[j] === truth[indices[j]]) batchRight++;
      lossSum += loss * indices.length;
      right += batchRight;
      onProgress?.({ epoch, batch, batches, loss, accuracy: batchRight / indices.length });
    }
    history.loss.push(lossSum / count);
    history.accuracy.push(right / count);
    if (validation) {
      history.validationLoss.push(net.loss(validation.x, validation.y, regularization));
      history.validationAccuracy.push(net.accuracy(validation.x, validation.y));
    }
  }
  return history;
}
