/**
 * Chapter 8: Training. Worked solutions.
 * Page: docs/08-training.md
 *
 * The losses that score a network, the mini-batches an epoch is cut into, three ways to move the
 * parameters once the gradients are known (plain SGD, momentum, Adam), a decaying learning rate,
 * and the training loop that puts chapters 6 and 7 to work. Every function returns new arrays and
 * leaves its inputs as they were.
 */
import { createRandom } from '../lib/random.ts';
import { type Activation, type Layer, type Matrix, forwardPropagation, initializeParameters } from './06-forward-propagation.ts';
import { type LayerGradients, backwardPropagation } from './07-backpropagation.ts';
// The types are the stub's own, so this solution keeps to exactly the contract the learner is given.
import type { Batch, AdamState, AdamOptions, TrainMlpOptions, TrainMlpResult } from '../exercises/08-training.ts';
export type { Batch, AdamState, AdamOptions, TrainMlpOptions, TrainMlpResult };

/** "(2×3)": how the error messages write a shape. */
const shape = (a: Matrix): string => `(${a.length}×${a[0]?.length ?? 0})`;

const sameShape = (a: Matrix, b: Matrix): boolean => a.length === b.length && a.every((row, i) => row.length === b[i].length);

function checkSameShape(name: string, AL: Matrix, Y: Matrix): void {
  if (!sameShape(AL, Y)) throw new Error(`${name}: AL and Y must have the same shape, got ${shape(AL)} and ${shape(Y)}`);
  if (AL.length === 0 || AL[0].length === 0) throw new Error(`${name}: AL and Y are empty ${shape(AL)}: there is nothing to average`);
}

/**
 * The mean of (AL − Y)² over all n·m entries: n outputs for each of m examples. No ½ in front
 * (some books put one there to tidy the derivative; it only rescales the gradient).
 */
export function meanSquaredError(AL: Matrix, Y: Matrix): number {
  checkSameShape('meanSquaredError', AL, Y);
  let sum = 0;
  for (let i = 0; i < AL.length; i++) {
    for (let j = 0; j < AL[i].length; j++) sum += (AL[i][j] - Y[i][j]) ** 2;
  }
  // The mean, not the sum: the cost then does not grow with the batch, and one learning rate fits
  // every batch size.
  return sum / (AL.length * AL[0].length);
}

/**
 * −(1/m) Σ_examples Σ_classes Y ln AL, each probability first floored at epsilon: a sum over the
 * classes of one example (together they are one distribution), a mean over the m examples.
 */
export function categoricalCrossEntropy(AL: Matrix, Y: Matrix, epsilon = 1e-12): number {
  checkSameShape('categoricalCrossEntropy', AL, Y);
  const m = AL[0].length;
  let sum = 0;
  for (let i = 0; i < AL.length; i++) {
    for (let j = 0; j < m; j++) {
      // The floor keeps ln away from ln 0 = −Infinity: a network that gives the right class
      // probability 0 is very wrong, and −ln ε ≈ 27.6 says so with a finite number.
      sum -= Y[i][j] * Math.log(Math.max(AL[i][j], epsilon));
    }
  }
  return sum / m;
}

/** ⌈count / batchSize⌉: the last, partial batch is an iteration too. */
export function iterationsPerEpoch(count: number, batchSize: number): number {
  if (!Number.isInteger(count) || count < 0) throw new Error(`iterationsPerEpoch expected a whole number of examples, 0 or more, got ${count}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`iterationsPerEpoch expected a batch size that is a whole number, 1 or more, got ${batchSize}`);
  return Math.ceil(count / batchSize);
}

/**
 * One epoch's mini-batches: the column indices 0 … m−1 in the order createRandom(seed).shuffle
 * gives them, cut into runs of batchSize, the last run keeping whatever is left.
 */
export function miniBatches(X: Matrix, Y: Matrix, batchSize: number, seed: number): Batch[] {
  const m = X[0]?.length ?? 0;
  if ((Y[0]?.length ?? 0) !== m) throw new Error(`miniBatches: X has ${m} examples (columns) but Y has ${Y[0]?.length ?? 0}`);
  const count = iterationsPerEpoch(m, batchSize);
  // A fresh generator from the seed, so the same seed always gives the same order, and a new seed
  // (the next epoch's) a new one.
  const order = createRandom(seed).shuffle(Array.from({ length: m }, (_, j) => j));
  const columns = (M: Matrix, indices: number[]): Matrix => M.map((row) => indices.map((j) => row[j]));
  const batches: Batch[] = [];
  for (let k = 0; k < count; k++) {
    // slice stops at the end of the array, so the last batch is simply shorter.
    const indices = order.slice(k * batchSize, (k + 1) * batchSize);
    batches.push({ X: columns(X, indices), Y: columns(Y, indices) });
  }
  return batches;
}

function checkGradients(name: string, layers: Layer[], grads: LayerGradients[], what = 'grads'): void {
  if (grads.length !== layers.length) throw new Error(`${name}: ${layers.length} layers but ${grads.length} ${what}`);
  grads.forEach((g, l) => {
    if (!sameShape(g.dW, layers[l].W)) throw new Error(`${name}: layer ${l + 1}'s W is ${shape(layers[l].W)} but ${what}[${l}].dW is ${shape(g.dW)}`);
    if (!sameShape(g.db, layers[l].b)) throw new Error(`${name}: layer ${l + 1}'s b is ${shape(layers[l].b)} but ${what}[${l}].db is ${shape(g.db)}`);
  });
}

/** a + k·b, entry by entry, as a new matrix. */
const plusTimes = (a: Matrix, k: number, b: Matrix): Matrix => a.map((row, i) => row.map((x, j) => x + k * b[i][j]));

/** θ ← θ − η ∇θ for every W and b, into new layers. */
export function sgdUpdate(layers: Layer[], grads: LayerGradients[], learningRate: number): Layer[] {
  checkGradients('sgdUpdate', layers, grads);
  // Minus: the gradient points uphill, towards a larger cost.
  return layers.map((layer, l) => ({ W: plusTimes(layer.W, -learningRate, grads[l].dW), b: plusTimes(layer.b, -learningRate, grads[l].db) }));
}

/** v ← β v + ∇θ, then θ ← θ − η v, for every W and b. */
export function momentumUpdate(layers: Layer[], grads: LayerGradients[], velocities: LayerGradients[], learningRate: number, beta: number): { layers: Layer[]; velocities: LayerGradients[] } {
  checkGradients('momentumUpdate', layers, grads);
  checkGradients('momentumUpdate', layers, velocities, 'velocities');
  // The velocity remembers the past steps: directions the gradient keeps pointing to build up
  // speed, and a zig-zag cancels out. New matrices, so the caller's velocities stay as they were.
  const next = velocities.map((v, l) => ({
    dW: v.dW.map((row, i) => row.map((x, j) => beta * x + grads[l].dW[i][j])),
    db: v.db.map((row, i) => row.map((x, j) => beta * x + grads[l].db[i][j])),
  }));
  return {
    layers: layers.map((layer, l) => ({ W: plusTimes(layer.W, -learningRate, next[l].dW), b: plusTimes(layer.b, -learningRate, next[l].db) })),
    velocities: next,
  };
}

/**
 * One Adam step: t ← t + 1; m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ);
 * θ ← θ − η m̂ / (√v̂ + ε).
 */
export function adamUpdate(layers: Layer[], grads: LayerGradients[], state: AdamState, learningRate: number, options: AdamOptions = {}): { layers: Layer[]; state: AdamState } {
  const { beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
  checkGradients('adamUpdate', layers, grads);
  checkGradients('adamUpdate', layers, state.m, 'state.m');
  checkGradients('adamUpdate', layers, state.v, 'state.v');
  const t = state.t + 1;
  // m and v start at 0, so early on they are pulled towards 0: after one step m = (1−β₁)g, a tenth
  // of g. Dividing by 1 − βᵗ (which is 1 − β at t = 1 and tends to 1) undoes exactly that pull.
  const correct1 = 1 - beta1 ** t;
  const correct2 = 1 - beta2 ** t;
  const m: LayerGradients[] = [];
  const v: LayerGradients[] = [];
  const next = layers.map((layer, l) => {
    const step = (theta: Matrix, g: Matrix, m0: Matrix, v0: Matrix) => {
      const mNew = m0.map((row, i) => row.map((x, j) => beta1 * x + (1 - beta1) * g[i][j]));
      const vNew = v0.map((row, i) => row.map((x, j) => beta2 * x + (1 - beta2) * g[i][j] ** 2));
      const thetaNew = theta.map((row, i) => row.map((x, j) => x - (learningRate * (mNew[i][j] / correct1)) / (Math.sqrt(vNew[i][j] / correct2) + epsilon)));
      return { thetaNew, mNew, vNew };
    };
    const w = step(layer.W, grads[l].dW, state.m[l].dW, state.v[l].dW);
    const b = step(layer.b, grads[l].db, state.m[l].db, state.v[l].db);
    m.push({ dW: w.mNew, db: b.mNew });
    v.push({ dW: w.vNew, db: b.vNew });
    return { W: w.thetaNew, b: b.thetaNew };
  });
  return { layers: next, state: { t, m, v } };
}

/** η₀ / (1 + decay · epoch), with epoch counted from 0: the first epoch trains at η₀ itself. */
export function decayedLearningRate(initial: number, decay: number, epoch: number): number {
  if (!Number.isFinite(decay) || decay < 0) throw new Error(`decayedLearningRate expected a decay that is a finite number, 0 or more, got ${decay}`);
  if (!Number.isInteger(epoch) || epoch < 0) throw new Error(`decayedLearningRate expected an epoch that is a whole number, 0 or more (counted from 0), got ${epoch}`);
  return initial / (1 + decay * epoch);
}

/**
 * Mini-batch gradient descent on a softmax network: initializeParameters(sizes, seed), then for
 * each epoch k = 1 … epochs, for each batch of miniBatches(X, Y, batchSize, seed + k): forward,
 * backward, sgdUpdate.
 */
export function trainMlp(X: Matrix, Y: Matrix, options: TrainMlpOptions): TrainMlpResult {
  const { sizes, hiddenActivation, learningRate, epochs, batchSize, seed } = options;
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`trainMlp expected a learning rate that is a finite number greater than 0, got ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`trainMlp expected a whole number of epochs, 0 or more, got ${epochs}`);
  if (sizes[0] !== X.length) throw new Error(`trainMlp: sizes[0] = ${sizes[0]} inputs, but X has ${X.length} rows (features)`);
  if (sizes[sizes.length - 1] !== Y.length) throw new Error(`trainMlp: the output layer has ${sizes[sizes.length - 1]} units, but Y has ${Y.length} rows (classes)`);

  let layers = initializeParameters(sizes, seed);
  // One activation per layer: the hidden ones, then softmax for the output.
  const activations: Activation[] = [...Array<Activation>(sizes.length - 2).fill(hiddenActivation), 'softmax'];
  const cost = () => categoricalCrossEntropy(forwardPropagation(X, layers, activations).AL, Y);

  const costs = [cost()];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    // A new order every epoch (seed + epoch), so the batches differ from one epoch to the next.
    for (const batch of miniBatches(X, Y, batchSize, seed + epoch)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, activations);
      layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), learningRate);
    }
    costs.push(cost());
  }
  return { layers, costs };
}
