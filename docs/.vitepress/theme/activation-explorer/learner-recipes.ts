/**
 * What the activation explorer computes with the learner's exercises (see ../learner-code/): with
 * "Use my code" on, an activation of chapter 2 and its derivative of chapter 3 at every z the widget
 * draws or can show. One recipe per activation, exported under the activation's name, so the
 * badges name exactly the exercises behind the curves on screen. The step, sign, linear and
 * piecewise-linear derivatives are no exercise: lib's are drawn with the learner's functions.
 */
import * as lib from '../../../../lib/activations.ts';
import { defineRecipe, finiteNumber, slot, type Slot } from '../learner-code/recipe.ts';
import { formatNumber } from '../widget-kit/format-number.ts';

const ACTIVATIONS = '02-activation-functions';
const DERIVATIVES = '03-derivatives';
/** As the widget prints numbers: enough to find the z in its table. */
const fmt = (value: number) => formatNumber(value, 6);

/** The z to evaluate at, and α for the two activations that take one (ignored by the others). */
export interface CurveInput {
  zs: number[];
  alpha: number;
}

/** g(z) and g′(z) at each z of the input, in its order. */
export interface CurveValues {
  g: number[];
  dg: number[];
}

type Activation = (z: number, alpha?: number) => number;

/**
 * Every g first, then every g′: the worker tells the page each time it enters another learner
 * function, so evaluating them in two runs keeps that to two messages, not two per z. Each value
 * is checked as it returns, so a NaN is laid to the function that gave it.
 */
function evaluate(g: Activation, dg: Activation, names: { g: string; dg: string }, takesAlpha: boolean, { zs, alpha }: CurveInput): CurveValues {
  const call = (fn: Activation, name: string, z: number) => {
    const what = takesAlpha ? `${name}(${fmt(z)}, α = ${fmt(alpha)})` : `${name}(${fmt(z)})`;
    return finiteNumber(takesAlpha ? fn(z, alpha) : fn(z), what);
  };
  return { g: zs.map((z) => call(g, names.g, z)), dg: zs.map((z) => call(dg, names.dg, z)) };
}

/** An activation whose derivative is an exercise of chapter 3 too. */
function withDerivative(g: Slot<Activation>, dg: Slot<Activation>, takesAlpha = false) {
  return defineRecipe({ g, dg }, (impl, input: CurveInput) => evaluate(impl.g, impl.dg, { g: g.name, dg: dg.name }, takesAlpha, input));
}

/** An activation whose derivative is no exercise (0 or 1 almost everywhere): lib's is drawn. */
function withLibDerivative(g: Slot<Activation>, dg: Activation, dgName: string) {
  return defineRecipe({ g }, (impl, input: CurveInput) => evaluate(impl.g, dg, { g: g.name, dg: dgName }, false, input));
}

export const heaviside = withLibDerivative(slot(ACTIVATIONS, 'heaviside', lib.heaviside), lib.heavisidePrime, 'heavisidePrime');
export const sign = withLibDerivative(slot(ACTIVATIONS, 'sign', lib.sign), lib.signPrime, 'signPrime');
export const linear = withLibDerivative(slot(ACTIVATIONS, 'linear', lib.linear), lib.linearPrime, 'linearPrime');
export const piecewiseLinear = withLibDerivative(slot(ACTIVATIONS, 'piecewiseLinear', lib.piecewiseLinear), lib.piecewiseLinearPrime, 'piecewiseLinearPrime');
export const sigmoid = withDerivative(slot(ACTIVATIONS, 'sigmoid', lib.sigmoid), slot(DERIVATIVES, 'sigmoidPrime', lib.sigmoidPrime));
export const tanh = withDerivative(slot(ACTIVATIONS, 'tanh', lib.tanh), slot(DERIVATIVES, 'tanhPrime', lib.tanhPrime));
export const relu = withDerivative(slot(ACTIVATIONS, 'relu', lib.relu), slot(DERIVATIVES, 'reluPrime', lib.reluPrime));
export const leakyRelu = withDerivative(slot(ACTIVATIONS, 'leakyRelu', lib.leakyRelu), slot(DERIVATIVES, 'leakyReluPrime', lib.leakyReluPrime), true);
export const softplus = withDerivative(slot(ACTIVATIONS, 'softplus', lib.softplus), slot(DERIVATIVES, 'softplusPrime', lib.softplusPrime));
export const elu = withDerivative(slot(ACTIVATIONS, 'elu', lib.elu), slot(DERIVATIVES, 'eluPrime', lib.eluPrime), true);
