/**
 * Chapter 2's diagnoses (test/grader/cause.ts): the usual wrong formulas of the ramp, the sigmoid,
 * tanh, the leaky ReLU and the ELU. The readings other than the one each check names are not
 * named (the value check reports them), but where one gives the same number as the named
 * mistake, that mistake is not named either.
 */
import * as reference from '../../lib/activations.ts';
import { diagnosis } from '../grader/cause.ts';

// As the grader's: one or two floating-point operations, or an exponential of a number below 30.
const tolerance = (predicted: number) => 1e-10 * Math.max(1, Math.abs(predicted));
const clip = (z: number, low: number, high: number) => Math.min(high, Math.max(low, z));

/**
 * The ramp runs from z = -1/2 to 1/2 as z + 1/2. Inside [0, 1/2] z clipped to [-1/2, 1/2] is z
 * clipped to [0, 1], and inside [-1/2, 1/2] z + 1/2 unclipped is right: at z = 0.75 all four differ.
 */
export const rampMistake = diagnosis({
  title: "piecewiseLinear's ramp",
  right: (z: number) => reference.piecewiseLinear(z),
  readings: {
    'clipped to [0, 1]': (z) => clip(z, 0, 1),
    'clipped to [-1/2, 1/2]': (z) => clip(z, -0.5, 0.5),
    unclipped: (z) => z + 0.5,
  },
  tolerance,
  probes: [0.75],
  show: (z) => `piecewiseLinear(${z})`,
});

/** At z = 0 the flipped exponent gives 1/2 too; at 2 and -1 no two readings meet. */
export const sigmoidMistake = diagnosis({
  title: "sigmoid's formula",
  right: (z: number) => reference.sigmoid(z),
  readings: {
    'sign flipped': (z) => reference.sigmoid(-z),
    'without the 1': (z) => Math.exp(z),
    'its derivative': (z) => reference.sigmoidPrime(z),
    'the tanh': (z) => reference.tanh(z),
  },
  tolerance,
  probes: [2, -1],
  show: (z) => `sigmoid(${z})`,
});

/** At z = 0 tanh, 2σ(z) - 1 and -tanh are all 0; at 1 and -1.5 no two readings meet. */
export const tanhMistake = diagnosis({
  title: "tanh's formula",
  right: (z: number) => reference.tanh(z),
  readings: {
    'not doubled': (z) => 2 * reference.sigmoid(z) - 1,
    'without the -1': (z) => 2 * reference.sigmoid(2 * z),
    'sigmoid of 2z': (z) => reference.sigmoid(2 * z),
    'sign flipped': (z) => -reference.tanh(z),
  },
  tolerance,
  probes: [1, -1.5],
  show: (z) => `tanh(${z})`,
});

/** [z, alpha] of one call (alpha undefined where the call leaves it to its default). */
export type AlphaInput = readonly [z: number, alpha?: number];
const showAlpha = (name: string) => ([z, alpha]: AlphaInput) => `${name}(${alpha === undefined ? z : `${z}, ${alpha}`})`;

/**
 * max(alpha z, z) is the leaky ReLU for alpha ≤ 1 and, for alpha > 1, the leaky ReLU with its
 * sides swapped (alpha z for z > 0, z otherwise): no input with alpha > 1 tells those two apart,
 * so the probes ask with alpha = 0.5 too, where max(alpha z, z) is right and the swap is not.
 */
export const leakyMaxMistake = diagnosis({
  title: "leakyRelu's cases for alpha > 1",
  right: ([z, alpha]: AlphaInput) => reference.leakyRelu(z, alpha),
  readings: {
    'max(alpha z, z)': ([z, alpha = 0.01]) => Math.max(alpha * z, z),
    'sides swapped': ([z, alpha = 0.01]) => (z > 0 ? alpha * z : z),
    'alpha ignored': ([z]) => reference.relu(z),
  },
  tolerance,
  probes: [[3, 0.5], [-1, 2], [3, 2]],
  together: true,
  show: showAlpha('leakyRelu'),
});

/**
 * The ELU's negative side. With alpha = 1 (its default) alpha e^z is e^z and e^z - 1 is right:
 * only an alpha other than 1 tells the missing "- 1" from the missing alpha.
 */
export const eluMistake = diagnosis({
  title: "elu's negative side",
  right: ([z, alpha]: AlphaInput) => reference.elu(z, alpha),
  readings: {
    'without the -1': ([z, alpha = 1]) => (z > 0 ? z : alpha * Math.exp(z)),
    'without alpha': ([z]) => (z > 0 ? z : Math.expm1(z)),
    'e^z alone': ([z]) => (z > 0 ? z : Math.exp(z)),
  },
  tolerance,
  probes: [[-1, 2], [-2, 0.5]],
  show: showAlpha('elu'),
});

/**
 * maxout's result: the position of the largest piece is a whole number, which the smallest piece
 * or the count of pieces can be too ([3, 0] gives 0 for both the position and the minimum).
 */
export const maxoutMistake = diagnosis({
  title: "maxout's result",
  right: (pieces: readonly number[]) => reference.maxout([...pieces]),
  readings: {
    'position of the largest': (pieces) => reference.maxoutWinner([...pieces]),
    'the smallest piece': (pieces) => Math.min(...pieces),
    'number of pieces': (pieces) => pieces.length,
  },
  tolerance,
  probes: [[0.5, 3, -1.5, 2]],
  show: (pieces) => `maxout([${pieces.join(', ')}])`,
});
