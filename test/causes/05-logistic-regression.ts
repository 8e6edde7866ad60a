/**
 * Chapter 5's diagnoses (test/grader/cause.ts): the usual wrong probabilities of predictProba, the
 * usual wrong losses of binaryCrossEntropy and the usual wrong costs.
 */
import * as reference from '../../lib/logistic-regression.ts';
import { model, modelPoints, tiny } from '../../docs/worked/05-logistic-regression-inputs.ts';
import { diagnosis } from '../grader/cause.ts';

/** [w, b, x] of one call of predictProba. */
export type ProbaInput = readonly [w: readonly number[], b: number, x: readonly number[]];

const zOf = ([w, b, x]: ProbaInput) => x.reduce((s, xj, j) => s + w[j] * xj, b);
const sigma = (z: number) => reference.predictProba([1], 0, [z]);

export const probabilityMistake = diagnosis({
  title: "predictProba's probability",
  right: ([w, b, x]: ProbaInput) => reference.predictProba([...w], b, [...x]),
  readings: {
    'sign flipped': (input) => sigma(-zOf(input)),
    'without bias': ([w, , x]) => reference.predictProba([...w], 0, [...x]),
    'z itself': (input) => zOf(input),
  },
  tolerance: (predicted) => 1e-9 * Math.max(1, Math.abs(predicted)),
  // The page's model off its boundary (on it, z = 0 and σ(−z) = σ(z)).
  probes: [modelPoints.near, modelPoints.far, modelPoints.otherSide].map((x): ProbaInput => [model.w, model.b, x]),
  show: ([w, b, x]) => `predictProba([${w}], ${b}, [${x}])`,
});

/** [a, y, epsilon?] of one call of binaryCrossEntropy. */
export type LossInput = readonly [a: number, y: number, epsilon?: number];

const lossOf = ([a, y, epsilon]: LossInput) => reference.binaryCrossEntropy(a, y, epsilon);

/**
 * The grader's tolerance for a loss: 1e-8, or 1e-4 at a = 0 or 1, where 1 − ε is not exact in
 * float64 (see the grader).
 */
export const lossTolerance = (predicted: number, [a]: LossInput) => (a === 0 || a === 1 ? 1e-4 : 1e-8) * Math.max(1, Math.abs(predicted));

/**
 * With a = 0.1 and no epsilon, clipping changes nothing (every clipping reading is right); at
 * a = 0 or 1 epsilon inside the logarithms is the clipped loss. Asked in turn, the three probes
 * tell every pair apart.
 */
export const lossMistake = diagnosis({
  title: "binaryCrossEntropy's loss",
  right: lossOf,
  readings: {
    'minus missing': (input) => -lossOf(input),
    'other label': ([a, y, epsilon]) => reference.binaryCrossEntropy(a, 1 - y, epsilon),
    unclipped: ([a, y]) => -(y * Math.log(a) + (1 - y) * Math.log(1 - a)),
    // Inside (0, 1) the same as unclipped, and as the default epsilon where a is not within 1e-12
    // of 0 or 1: only a = 0 or 1 with a given epsilon tells them apart.
    'clips only 0 and 1': ([a, y, epsilon = reference.EPSILON]) => {
      const p = a <= 0 ? epsilon : a >= 1 ? 1 - epsilon : a;
      return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    },
    'epsilon inside': ([a, y, epsilon = reference.EPSILON]) => -(y * Math.log(a + epsilon) + (1 - y) * Math.log(1 - a + epsilon)),
    'default epsilon': ([a, y]) => reference.binaryCrossEntropy(a, y),
  },
  tolerance: lossTolerance,
  probes: [[0.1, 1], [0.0001, 1, 0.01], [1, 0, 1e-3]],
  together: true,
  show: ([a, y, epsilon]) => `binaryCrossEntropy(${[a, y, ...(epsilon === undefined ? [] : [epsilon])].join(', ')})`,
});

/** One call of cost: a model and a dataset. */
export interface CostInput {
  w: readonly number[];
  b: number;
  xs: readonly (readonly number[])[];
  ys: readonly number[];
}

/**
 * How far apart two readings of "clip a to [ε, 1 - ε]" may put a cost. 1 - ε is not exact in
 * float64, so where an a is above 1 - ε, clipping a gives ln(1 - (1 - ε)) = ln(1.0000889e-12) and
 * clipping 1 - a from below gives ln ε: 8.9e-5 apart in that example's loss, divided by m in the
 * cost. Both are the rule the stub states.
 */
export function clipSlack(w: readonly number[], b: number, xs: readonly (readonly number[])[]): number {
  const top = xs.filter((x) => reference.predictProba(w, b, x) > 1 - reference.EPSILON).length;
  return (1e-4 * top) / xs.length;
}

/** The grader's tolerance for a cost: sums of at most 20 terms, and the clipping slack. */
export const costTolerance = (predicted: number, { w, b, xs }: CostInput) => (1e-9 + clipSlack(w, b, xs)) * Math.max(1, Math.abs(predicted));

const lossAt = ({ w, b, xs, ys }: CostInput, i: number) => reference.binaryCrossEntropy(reference.predictProba([...w], b, [...xs[i]]), ys[i]);

/**
 * The sum is m times the mean, so with one example it is right; a loop that assigned each loss
 * (= for +=) keeps the last one. From w = 0 every loss is ln 2 and the last loss is the mean: the
 * page's model on its four points gives four different losses.
 */
export const costMistake = diagnosis({
  title: "cost's mean of the losses",
  right: ({ w, b, xs, ys }: CostInput) => reference.cost(w, b, xs, ys),
  readings: {
    'sum, not mean': (input) => input.xs.length * reference.cost(input.w, input.b, input.xs, input.ys),
    'minus missing': (input) => -reference.cost(input.w, input.b, input.xs, input.ys),
    'last loss over m': (input) => lossAt(input, input.xs.length - 1) / input.xs.length,
    'last loss': (input) => lossAt(input, input.xs.length - 1),
  },
  tolerance: costTolerance,
  probes: [{ w: model.w, b: model.b, xs: tiny.xs, ys: tiny.ys }],
  show: ({ w, b, xs, ys }) => `cost(${JSON.stringify(w)}, ${b}, ${JSON.stringify(xs)}, ${JSON.stringify(ys)})`,
});
