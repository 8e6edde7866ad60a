/**
 * Chapter 11: Beyond this course. Worked solutions.
 * Page: docs/11-beyond.md
 *
 * Two training loops that reuse the spine of chapters 6 to 9 unchanged: an autoencoder is a
 * network whose target is its input, and fine-tuning with frozen layers is momentum SGD that
 * simply never touches the first layers. Neither modifies its inputs.
 */
import { type Layer, type Matrix, forwardPropagation, initializeParameters } from './06-forward-propagation.ts';
import { type LayerGradients, backwardPropagation } from './07-backpropagation.ts';
import { categoricalCrossEntropy, meanSquaredError, miniBatches, momentumUpdate, sgdUpdate } from './08-training.ts';
import { l2Gradient } from './09-deep-networks.ts';
// The types are the stub's own, so this solution keeps to exactly the contract the learner is given.
import type { AutoencoderOptions, AutoencoderResult, FreezeLayersOptions, FreezeLayersResult } from '../exercises/11-beyond.ts';
export type { AutoencoderOptions, AutoencoderResult, FreezeLayersOptions, FreezeLayersResult };

function checkTraining(name: string, learningRate: number, epochs: number): void {
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new Error(`${name} expected a learning rate that is a finite number greater than 0, got ${learningRate}`);
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`${name} expected a whole number of epochs, 0 or more, got ${epochs}`);
}

/** An autoencoder n → bottleneck → n, trained by SGD to give back X. */
export function trainAutoencoder(X: Matrix, options: AutoencoderOptions): AutoencoderResult {
  const { bottleneck, hiddenActivation, learningRate, epochs, batchSize, seed } = options;
  const n = X.length;
  // The bottleneck is the whole point: with bottleneck ≥ n the network could learn to pass the
  // input through unchanged, and the code would say nothing about what digits have in common.
  if (!Number.isInteger(bottleneck) || bottleneck < 1 || bottleneck >= n) {
    throw new Error(`trainAutoencoder expected a bottleneck that is a whole number from 1 to n − 1 = ${n - 1}, got ${bottleneck}`);
  }
  checkTraining('trainAutoencoder', learningRate, epochs);

  let layers = initializeParameters([n, bottleneck, n], seed);
  // A sigmoid output keeps every reconstructed pixel in (0, 1), like the pixels themselves, and
  // with binary cross-entropy its gradient is chapter 7's dZ = A − Y, so backwardPropagation works
  // as it is. The target is the input: Y = X.
  const activations = [hiddenActivation, 'sigmoid'] as const;
  const cost = () => meanSquaredError(forwardPropagation(X, layers, [...activations]).AL, X);

  const costs = [cost()];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const batch of miniBatches(X, X, batchSize, seed + epoch)) {
      const { AL, caches } = forwardPropagation(batch.X, layers, [...activations]);
      layers = sgdUpdate(layers, backwardPropagation(AL, batch.Y, caches), learningRate);
    }
    costs.push(cost());
  }
  return { layers, costs };
}

/** Zeros shaped like a matrix. */
const zerosLike = (a: Matrix): Matrix => a.map((row) => row.map(() => 0));

/** Fine-tuning by momentum SGD with weight decay, leaving the first `frozen` layers untouched. */
export function freezeLayers(X: Matrix, Y: Matrix, layers: Layer[], options: FreezeLayersOptions): FreezeLayersResult {
  const { frozen, activations, learningRate, momentum, weightDecay, epochs, batchSize, seed } = options;
  if (!Number.isInteger(frozen) || frozen < 0 || frozen > layers.length) {
    throw new Error(`freezeLayers expected frozen to be a whole number from 0 to ${layers.length} (the number of layers), got ${frozen}`);
  }
  checkTraining('freezeLayers', learningRate, epochs);
  if (!(momentum >= 0 && momentum < 1)) throw new Error(`freezeLayers expected a momentum in [0, 1), got ${momentum}`);
  if (!(weightDecay >= 0)) throw new Error(`freezeLayers expected a weight decay of 0 or more, got ${weightDecay}`);
  if (activations.length !== layers.length || activations[activations.length - 1] !== 'softmax') {
    throw new Error(`freezeLayers expected one activation per layer (${layers.length}), the last one 'softmax', got [${activations.join(', ')}]`);
  }

  // Frozen layers are never even looked at by the optimiser: the very objects given come back.
  // Zeroing their gradients instead would not be enough, as a velocity left by earlier training
  // keeps moving a parameter whose gradient is 0, and weight decay shrinks it.
  let current = layers;
  let velocities: LayerGradients[] = options.velocities ?? layers.map(({ W, b }) => ({ dW: zerosLike(W), db: zerosLike(b) }));
  const cost = () => categoricalCrossEntropy(forwardPropagation(X, current, activations).AL, Y);

  const costs = [cost()];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const batch of miniBatches(X, Y, batchSize, seed + epoch)) {
      const { AL, caches } = forwardPropagation(batch.X, current, activations);
      const m = batch.X[0].length;
      // Only the trained layers' gradients are used; weight decay joins each of their dW (not db).
      const grads = backwardPropagation(AL, batch.Y, caches)
        .slice(frozen)
        .map(({ dW, db }, i) => {
          const decay = l2Gradient(current[frozen + i].W, weightDecay, m);
          return { dW: dW.map((row, r) => row.map((g, c) => g + decay[r][c])), db };
        });
      const step = momentumUpdate(current.slice(frozen), grads, velocities.slice(frozen), learningRate, momentum);
      current = [...current.slice(0, frozen), ...step.layers];
      velocities = [...velocities.slice(0, frozen), ...step.velocities];
    }
    costs.push(cost());
  }
  return { layers: current, velocities, costs };
}
