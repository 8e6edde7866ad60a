/**
 * Chapter 8's training loop exactly as its exercise trainMlp defines it, run by lib: the same
 * starting weights as the course's initializeParameters (chapter 6: N(0, 1/n_{l−1}) drawn row by
 * row, layer after layer, by one createRandom(seed), and zero biases), the same mini-batches
 * (epoch k shuffled by createRandom(seed + k)), plain SGD, and the cost on all the data before
 * training and after every epoch. The page's trace and the grader's reference both come from
 * here, so they cannot drift apart. Matrices are nested rows, examples are columns.
 */
import { miniBatches } from './batches.ts';
import { Matrix } from './matrix.ts';
import { Mlp } from './network.ts';
import { SGD } from './optim.ts';
import { createRandom } from './random.ts';

export interface SpineLayer {
  W: number[][];
  b: number[][];
}

export interface SpineTrainingOptions {
  sizes: readonly number[];
  hiddenActivation: 'relu' | 'sigmoid' | 'tanh';
  learningRate: number;
  epochs: number;
  batchSize: number;
  seed: number;
}

export interface SpineTrainingRun {
  layers: SpineLayer[];
  /** epochs + 1 costs (categorical cross-entropy on all the data): before training, then after each epoch. */
  costs: number[];
  /** The fraction of examples classified right, at the same moments as the costs. */
  accuracies: number[];
}

/** The chapter 6 initialisation: W[l] entries random.gaussian() · √(1/n_{l−1}), row by row; b[l] zeros. */
export function spineInitialLayers(sizes: readonly number[], seed: number): SpineLayer[] {
  const random = createRandom(seed);
  return sizes.slice(1).map((n, l) => ({
    W: Array.from({ length: n }, () => Array.from({ length: sizes[l] }, () => random.gaussian() * Math.sqrt(1 / sizes[l]))),
    b: Array.from({ length: n }, () => [0]),
  }));
}

/** lib's softmax network with these layers. */
export function spineNetwork(options: Pick<SpineTrainingOptions, 'sizes' | 'hiddenActivation'>, layers: readonly SpineLayer[]): Mlp {
  return Mlp.fromJSON({
    sizes: [...options.sizes],
    hidden: Array(options.sizes.length - 2).fill(options.hiddenActivation),
    output: 'softmax',
    dropout: 0,
    weights: layers.map((l) => l.W),
    biases: layers.map((l) => l.b.map((r) => r[0])),
  });
}

/**
 * trainMlp's run (see the top of the file) on X (features × m) and one-hot Y (classes × m), from
 * the chapter 6 initialisation or from the layers given (the grader's run from a symmetric start).
 */
export function spineTrainingRun(
  X: readonly (readonly number[])[],
  Y: readonly (readonly number[])[],
  options: SpineTrainingOptions,
  start: readonly SpineLayer[] = spineInitialLayers(options.sizes, options.seed),
): SpineTrainingRun {
  const net = spineNetwork(options, start);
  const [x, y] = [Matrix.from(X), Matrix.from(Y)];
  const sgd = new SGD(options.learningRate);
  const costs = [net.loss(x, y)];
  const accuracies = [net.accuracy(x, y)];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const batch of miniBatches(x, y, options.batchSize, createRandom(options.seed + epoch))) net.trainStep(batch.x, batch.y, sgd);
    costs.push(net.loss(x, y));
    accuracies.push(net.accuracy(x, y));
  }
  const json = net.toJSON();
  return { layers: json.weights.map((W, l) => ({ W, b: json.biases[l].map((v) => [v]) })), costs, accuracies };
}
