/**
 * Fine-tuning with frozen layers, run exactly as chapter 11's exercise freezeLayers defines it:
 * given layers (nested rows, examples as columns) and an activation per layer (a softmax output),
 * each epoch e shuffles by createRandom(seed + e) into mini-batches (chapter 8); each batch takes
 * a forward pass, a backward pass with the L2 penalty's gradient (λ/m)·W added to every dW
 * (chapter 9, m the batch size), and a momentum step (v ← βv + g, θ ← θ − ηv) on every layer from
 * index `frozen` on. The first `frozen` layers, and their velocities, are never touched. The cost
 * (categorical cross-entropy, no penalty) is recorded before training and after every epoch.
 */
import type { ActivationName } from './activations.ts';
import { miniBatches } from './batches.ts';
import { categoricalCrossEntropy } from './losses.ts';
import { Matrix } from './matrix.ts';
import { Mlp } from './network.ts';
import { momentumUpdate } from './optim.ts';
import { createRandom } from './random.ts';
import type { SpineLayer } from './spine-training.ts';

export interface SpineGradients {
  dW: number[][];
  db: number[][];
}

export interface FrozenTrainingOptions {
  frozen: number;
  /** One per layer; the last must be 'softmax'. */
  activations: readonly ActivationName[];
  learningRate: number;
  momentum: number;
  weightDecay: number;
  epochs: number;
  batchSize: number;
  seed: number;
  /** One per layer; zeros when omitted. */
  velocities?: readonly SpineGradients[];
}

export interface FrozenTrainingRun {
  layers: SpineLayer[];
  velocities: SpineGradients[];
  /** epochs + 1 costs on all the data: before training, then after each epoch. */
  costs: number[];
}

/** lib's network with these layers and activations. */
export function frozenNetwork(layers: readonly SpineLayer[], activations: readonly ActivationName[]): Mlp {
  if (activations[activations.length - 1] !== 'softmax') throw new RangeError('frozenNetwork: the output layer must be softmax');
  return Mlp.fromJSON({
    sizes: [layers[0].W[0].length, ...layers.map((l) => l.W.length)],
    hidden: activations.slice(0, -1),
    output: 'softmax',
    dropout: 0,
    weights: layers.map((l) => l.W),
    biases: layers.map((l) => l.b.map((r) => r[0])),
  });
}

const rows = (data: Float64Array, cols: number): number[][] => Array.from({ length: data.length / cols }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));

/** freezeLayers's run (see the top of the file). */
export function frozenTrainingRun(X: readonly (readonly number[])[], Y: readonly (readonly number[])[], layers: readonly SpineLayer[], options: FrozenTrainingOptions): FrozenTrainingRun {
  const net = frozenNetwork(layers, options.activations);
  const [x, y] = [Matrix.from(X), Matrix.from(Y)];
  // One velocity per parameter, in Mlp.parameters()'s order: W then b of each layer.
  const velocities = layers.flatMap((layer, l) => {
    const given = options.velocities?.[l];
    return [Float64Array.from(given ? given.dW.flat() : layer.W.flat().map(() => 0)), Float64Array.from(given ? given.db.flat() : layer.b.flat().map(() => 0))];
  });
  const penalty = { kind: 'l2' as const, lambda: options.weightDecay };
  // The cost as chapter 8's categoricalCrossEntropy computes it, probabilities floored at 1e-12:
  // the learner's costs are compared with these, and on a confidently wrong network the exact
  // cost from the logits (Mlp.loss) is larger than the floored one.
  const cost = () => categoricalCrossEntropy(net.run(x, false), y);
  const costs = [cost()];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const batch of miniBatches(x, y, options.batchSize, createRandom(options.seed + epoch))) {
      net.run(batch.x, true);
      net.backward(batch.y, penalty);
      net.parameters().forEach((p, i) => {
        if (i >= 2 * options.frozen) momentumUpdate(p.value, p.grad, velocities[i], options.learningRate, options.momentum);
      });
    }
    costs.push(cost());
  }
  const json = net.toJSON();
  return {
    layers: json.weights.map((W, l) => ({ W, b: json.biases[l].map((v) => [v]) })),
    velocities: layers.map((layer, l) => ({ dW: rows(velocities[2 * l], layer.W[0].length), db: rows(velocities[2 * l + 1], 1) })),
    costs,
  };
}
