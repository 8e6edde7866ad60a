/**
 * The inputs of chapter 9's worked examples, in one place so that the page's numbers
 * (docs/worked/09-deep-networks.ts), its figures and the grader (test/09-deep-networks.test.ts)
 * all use the same ones. Plain data in the exercises' own types: nested arrays of rows, examples
 * as columns. The results are computed elsewhere, by lib/.
 */
import { initWeights } from '../../lib/init.ts';
import { createRandom } from '../../lib/random.ts';

type Matrix = number[][];
type Activation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax';

/**
 * A 2-3-1 network's parameters for the penalties. W[1] holds a weight that is exactly 0 (where
 * L1's gradient needs its convention) and the biases are not 0 (so penalising them would show).
 */
export const penaltyExample: { layers: { W: Matrix; b: Matrix }[]; lambda: number; m: number } = {
  layers: [
    { W: [[0.5, -1], [2, 0], [-0.5, 1.5]], b: [[0.1], [-0.2], [0.3]] },
    { W: [[1, -2, 0.5]], b: [[0.5]] },
  ],
  lambda: 0.1,
  m: 4,
};

/** He initialisation of a layer with 4 inputs and 3 units. */
export const heExample = { nIn: 4, nOut: 3, seed: 1 };

/**
 * Dropout on three units for a batch of four examples, and a gradient to send back through the
 * same mask. With this seed the mask drops some entries and keeps the others.
 */
export const dropoutExample: { A: Matrix; keepProb: number; seed: number; dA: Matrix } = {
  A: [
    [1, 2, 3, 4],
    [-1, 0.5, 2, -3],
    [0.2, 0.4, -0.6, 1],
  ],
  keepProb: 0.8,
  seed: 9,
  dA: [
    [0.1, -0.2, 0.3, 0.4],
    [0.5, 0.6, -0.7, 0.8],
    [-0.9, 1, 1.1, -1.2],
  ],
};

/**
 * Validation costs that fall, level off at epoch 6 and rise: with patience 3, epochs 7, 8 and 9
 * bring no new best, so training stops at epoch 9 and keeps epoch 6's weights.
 */
export const earlyStoppingExample = {
  validationCosts: [0.92, 0.71, 0.58, 0.52, 0.5, 0.51, 0.49, 0.5, 0.53, 0.55, 0.6, 0.66],
  patience: 3,
};

/**
 * A deep, narrow sigmoid network (2-3-3-3-2, Xavier weights from seed 2, biases 0) on three
 * examples: its weight gradients shrink layer by layer towards the input.
 */
export const gradientNormsExample: { X: Matrix; Y: Matrix; layers: { W: Matrix; b: Matrix }[]; activations: Activation[] } = (() => {
  const sizes = [2, 3, 3, 3, 2];
  const random = createRandom(2);
  const layers = sizes.slice(1).map((n, l) => ({
    W: initWeights('xavier', n, sizes[l], random).toArray(),
    b: Array.from({ length: n }, () => [0]),
  }));
  return {
    X: [
      [0.5, -1, 2],
      [1.5, 0.3, -0.8],
    ],
    Y: [
      [1, 0, 0],
      [0, 1, 1],
    ],
    layers,
    activations: ['sigmoid', 'sigmoid', 'sigmoid', 'softmax'],
  };
})();
