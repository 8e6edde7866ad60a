/**
 * What the logistic trainer computes with chapter 5's exercises (see ../learner-code/): with "Use
 * my code" on, the learner's logisticGradients and gradientStep train the model, and their cost
 * and predictProba give the cost curve, the cost and each point's probability.
 */
import { cost, gradientStep, logisticGradients, predictProba } from '../../../../lib/logistic-regression.ts';
import { defineRecipe, finiteNumber, finiteNumbers, slot } from '../learner-code/recipe.ts';

const CHAPTER = '05-logistic-regression';

interface Model {
  w: number[];
  b: number;
}

interface Data {
  xs: number[][];
  ys: number[];
}

/** A probability the widget can print: a finite number from 0 to 1. */
function probability(value: unknown, what: string): number {
  const a = finiteNumber(value, what);
  if (a < 0 || a > 1) throw new RangeError(`${what} is ${a}; expected a probability, from 0 to 1`);
  return a;
}

const probabilitySlots = { predictProba: slot(CHAPTER, 'predictProba', predictProba) };
const costSlots = { cost: slot(CHAPTER, 'cost', cost) };

/** The probability of class 1 at each of `xs`. */
function probabilitiesOf(impl: { predictProba: typeof predictProba }, { w, b }: Model, xs: number[][]): number[] {
  return xs.map((x, i) => probability(impl.predictProba(w, b, x), `predictProba(w, b, point ${i + 1})`));
}

/** The cost and each point's probability for the model as it is; the cost is null without points (a mean of nothing). */
export const evaluate = defineRecipe({ ...probabilitySlots, ...costSlots }, (impl, { w, b, xs, ys }: Model & Data) => ({
  cost: xs.length === 0 ? null : finiteNumber(impl.cost(w, b, xs, ys), 'cost(w, b, xs, ys)'),
  probabilities: probabilitiesOf(impl, { w, b }, xs),
}));

/**
 * `epochs` steps of gradient descent from (w, b), as trainLogisticRegression takes them:
 * costs[0] is the cost before the first step and costs[k] after k. Then each point's probability
 * for the trained model, which the widget shows next.
 */
export const train = defineRecipe(
  {
    ...probabilitySlots,
    ...costSlots,
    logisticGradients: slot(CHAPTER, 'logisticGradients', logisticGradients),
    gradientStep: slot(CHAPTER, 'gradientStep', gradientStep),
  },
  (impl, { xs, ys, w: w0, b: b0, learningRate, epochs }: Model & Data & { learningRate: number; epochs: number }) => {
    const costOf = (w: number[], b: number, epoch: number) => finiteNumber(impl.cost(w, b, xs, ys), `cost after ${epoch} epochs`);
    let w = w0;
    let b = b0;
    const costs = [costOf(w, b, 0)];
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const gradients = impl.logisticGradients(w, b, xs, ys);
      const dw = finiteNumbers(gradients?.dw, w.length, 'logisticGradients(…).dw');
      const db = finiteNumber(gradients?.db, 'logisticGradients(…).db');
      const next = impl.gradientStep(w, b, { dw, db }, learningRate);
      w = finiteNumbers(next?.w, w.length, 'gradientStep(…).w');
      b = finiteNumber(next?.b, 'gradientStep(…).b');
      costs.push(costOf(w, b, epoch));
    }
    return { w, b, costs, probabilities: probabilitiesOf(impl, { w, b }, xs) };
  },
);
