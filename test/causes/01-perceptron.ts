/**
 * Chapter 1's diagnoses (test/grader/cause.ts): the usual ways of mishandling weightedSum's bias,
 * and the slips that can give the same number (an input left out of the sum gives w · x without
 * the bias wherever that input's product equals b).
 */
import * as reference from '../../lib/perceptron.ts';
import { diagnosis } from '../grader/cause.ts';

/** [w, b, x] of one call of weightedSum. */
export type SumInput = readonly [w: readonly number[], b: number, x: readonly number[]];

const sumOf = ([w, b, x]: SumInput) => reference.weightedSum([...w], b, [...x]);
/** The sum without input i's product (the sum itself where there is no input i). */
const without = (input: SumInput, i: number) => {
  const [w, , x] = input;
  return i >= 0 && i < w.length ? sumOf(input) - w[i] * x[i] : sumOf(input);
};

export const biasMistake = diagnosis({
  title: "weightedSum's bias",
  right: sumOf,
  readings: {
    'b per input': (input) => sumOf(input) + (input[0].length - 1) * input[1],
    'bias forgotten': (input) => sumOf(input) - input[1],
    // Not named (the value check reports them), but where one gives the number of a named
    // mistake, that one is not named either.
    'bias subtracted': (input) => sumOf(input) - 2 * input[1],
    'last input skipped': (input) => without(input, input[0].length - 1),
    'first input skipped': (input) => without(input, 0),
  },
  tolerance: (predicted) => 1e-9 * Math.max(1, Math.abs(predicted)),
  probes: [[[0.5, -1, 2], 0.3, [1, 2, -1.5]]],
  show: ([w, b, x]) => `weightedSum([${w.join(', ')}], ${b}, [${x.join(', ')}])`,
});
