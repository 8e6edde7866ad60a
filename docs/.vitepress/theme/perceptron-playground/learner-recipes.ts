/**
 * What the perceptron playground computes with chapter 1's exercises (see ../learner-code/): with
 * "Use my code" on, the learner's weightedSum, perceptronPredict, perceptronUpdate and
 * trainPerceptron step and train the line.
 */
import { perceptronPredict, perceptronUpdate, trainPerceptron, weightedSum } from '../../../../lib/perceptron.ts';
import { defineRecipe, finiteNumber, finiteNumbers, slot } from '../learner-code/recipe.ts';

const CHAPTER = '01-perceptron';
type Label = 0 | 1;

function label(value: unknown, what: string): Label {
  if (value !== 0 && value !== 1) throw new TypeError(`${what} is ${String(value)}; expected the number 0 or 1`);
  return value;
}

interface Weights {
  w: number[];
  b: number;
}

/** One application of the perceptron rule to example (x, y), with the arithmetic the widget shows. */
export const step = defineRecipe(
  {
    weightedSum: slot(CHAPTER, 'weightedSum', weightedSum),
    perceptronPredict: slot(CHAPTER, 'perceptronPredict', perceptronPredict),
    perceptronUpdate: slot(CHAPTER, 'perceptronUpdate', perceptronUpdate),
  },
  (impl, { w, b, x, y, eta }: Weights & { x: number[]; y: Label; eta: number }) => {
    const z = finiteNumber(impl.weightedSum(w, b, x), 'weightedSum(w, b, x)');
    const yhat = label(impl.perceptronPredict(w, b, x), 'perceptronPredict(w, b, x)');
    const after = impl.perceptronUpdate(w, b, x, y, eta);
    return {
      z,
      yhat,
      after: { w: finiteNumbers(after?.w, w.length, 'perceptronUpdate(…).w'), b: finiteNumber(after?.b, 'perceptronUpdate(…).b') },
    };
  },
);

/** The prediction for each point. */
export const predictions = defineRecipe(
  { perceptronPredict: slot(CHAPTER, 'perceptronPredict', perceptronPredict) },
  (impl, { w, b, points }: Weights & { points: number[][] }) =>
    points.map((x, i) => label(impl.perceptronPredict(w, b, x), `perceptronPredict for point ${i + 1}`)),
);

/** One epoch of trainPerceptron from the current weights. */
export const trainEpoch = defineRecipe(
  { trainPerceptron: slot(CHAPTER, 'trainPerceptron', trainPerceptron) },
  (impl, { xs, ys, eta, w, b }: Weights & { xs: number[][]; ys: number[]; eta: number }) => {
    const result = impl.trainPerceptron(xs, ys, { eta, maxEpochs: 1, w, b });
    if (typeof result?.converged !== 'boolean') throw new TypeError(`trainPerceptron(…).converged is ${String(result?.converged)}; expected true or false`);
    return { w: finiteNumbers(result.w, w.length, 'trainPerceptron(…).w'), b: finiteNumber(result.b, 'trainPerceptron(…).b'), converged: result.converged };
  },
);
