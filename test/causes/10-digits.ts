/**
 * Chapter 10's diagnosis of predictDigits with the hidden activation on the last layer too, where
 * softmax belongs. It reads the same digits as softmax wherever the scores z are spread out, as
 * both keep their order; not where the activation flattens them (ReLU makes every negative z 0,
 * sigmoid and tanh round large ones to exactly 1): then all tie and the first row wins. Each probe
 * model's two columns are one where the flattening shows and one where it does not, so that its
 * rival readings all differ (test/course/causes.test.ts proves it).
 */
import { Matrix } from '../../lib/matrix.ts';
import { Mlp } from '../../lib/network.ts';
import { spineNetwork } from '../../lib/spine-training.ts';
import type { StructuredReadings } from './structured.ts';

type HiddenActivation = 'relu' | 'sigmoid' | 'tanh';
interface Model {
  layers: { W: number[][]; b: number[][] }[];
  hiddenActivation: HiddenActivation;
}

/** The hidden activations, as a learner's own would compute them. */
const activation: Record<HiddenActivation, (z: number) => number> = {
  relu: (z) => Math.max(0, z),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: Math.tanh,
};

/** The row of each column's largest entry, the first of equal ones. */
const argmaxOfColumns = (A: number[][]) => A[0].map((_, j) => A.reduce((best, row, i) => (row[j] > A[best][j] ? i : best), 0));

export const flatteningProbes: { model: Model; X: number[][]; flattened: string }[] = [
  {
    // Hidden a = x = 1 and 2; z = [−1, −3, −0.5] then [0.5, 2, 1].
    model: { hiddenActivation: 'relu', layers: [{ W: [[1]], b: [[0]] }, { W: [[1.5], [5], [1.5]], b: [[-2.5], [-8], [-2]] }] },
    X: [[1, 2]],
    flattened: 'every z of the first column is negative, [−1, −3, −0.5], so ReLU makes them all 0',
  },
  {
    // Hidden a = sigmoid(−100) ≈ 0 and sigmoid(100) = 1; z = [0, 1, −1] then [40, 45, 38].
    model: { hiddenActivation: 'sigmoid', layers: [{ W: [[1]], b: [[0]] }, { W: [[40], [44], [39]], b: [[0], [1], [-1]] }] },
    X: [[-100, 100]],
    flattened: 'the z of the second column, [40, 45, 38], are so large that sigmoid rounds each to exactly 1',
  },
  {
    // Hidden a = tanh(∓100) = ∓1; z = [0, 1, −1] then [22, 25, 21].
    model: { hiddenActivation: 'tanh', layers: [{ W: [[1]], b: [[0]] }, { W: [[11], [12], [11]], b: [[11], [13], [10]] }] },
    X: [[-100, 100]],
    flattened: 'the z of the second column, [22, 25, 21], are so large that tanh rounds each to exactly 1',
  },
];

/**
 * predictDigits' answers on one input: the right ones (softmax on the last layer), the hidden
 * activation's on the last layer, and the rivals that could return the same: the smallest z of
 * each column and a constant 0.
 */
export function predictReadings(model: Model, X: number[][]): StructuredReadings<'hidden activation on the last layer' | 'smallest z' | 'always 0'> {
  const sizes = [X.length, ...model.layers.map((l) => l.W.length)];
  const network = spineNetwork({ sizes, hiddenActivation: model.hiddenActivation }, model.layers);
  const z = Mlp.fromJSON({ ...network.toJSON(), output: 'linear' }).forward(Matrix.from(X)).toArray();
  return {
    right: network.predict(Matrix.from(X)),
    readings: {
      'hidden activation on the last layer': argmaxOfColumns(z.map((row) => row.map(activation[model.hiddenActivation]))),
      'smallest z': argmaxOfColumns(z.map((row) => row.map((v) => -v))),
      'always 0': z[0].map(() => 0),
    },
  };
}
