/**
 * What the nudge explorer computes with the learner's exercises (see ../learner-code/): with "Use
 * my code" on, their forwardDifference, centralDifference and relativeError of chapter 3 measure
 * the slope, and for σ and tanh their chapter 2 function is f and their chapter 3 derivative is
 * f′. The page's own 3a, a², a³ and ln a are no exercise: those stay the page's. One recipe per
 * function, exported under the function's name (catalogue.ts), so the badges name exactly the
 * exercises behind what is on screen; one run computes every number of one redraw.
 */
import { sigmoid as libSigmoid, sigmoidPrime, tanh as libTanh, tanhPrime } from '../../../../lib/activations.ts';
import { centralDifference, forwardDifference, relativeError } from '../../../../lib/gradcheck.ts';
import * as worked from '../../../worked/03-derivatives.ts';
import { defineRecipe, finiteNumber, slot, type Impl, type Slot } from '../learner-code/recipe.ts';
import { formatNumber } from '../widget-kit/format-number.ts';

const ACTIVATIONS = '02-activation-functions';
const DERIVATIVES = '03-derivatives';
/** As the widget prints a and h. */
const fmt = (value: number) => formatNumber(value, 12);

export interface NudgeInput {
  /** The a the curve is drawn through. */
  curveAt: number[];
  /** The point, and the slider's step. */
  a: number;
  h: number;
  /** The steps of the table, the slider's among them. */
  hs: number[];
}

export interface NudgeValues {
  /** f at each of `curveAt`. */
  curve: number[];
  fa: number;
  fPlus: number;
  fMinus: number;
  /** f′(a), the tangent's slope. */
  exact: number;
  /** Both difference quotients at a for each step of `hs`, in its order. */
  forward: number[];
  central: number[];
  /** relativeError of each quotient at the slider's h against f′(a). */
  relative: { forward: number; central: number };
}

type Fn = (a: number) => number;

const quotients = {
  forwardDifference: slot(DERIVATIVES, 'forwardDifference', forwardDifference),
  centralDifference: slot(DERIVATIVES, 'centralDifference', centralDifference),
  relativeError: slot(DERIVATIVES, 'relativeError', relativeError),
};

function nudge(impl: Impl<typeof quotients>, f: Fn, df: Fn, names: { f: string; df: string }, { curveAt, a, h, hs }: NudgeInput): NudgeValues {
  const value = (x: number) => finiteNumber(f(x), `${names.f}(${fmt(x)})`);
  const curve = curveAt.map(value);
  // f at every point the quotients ask for, checked before they ask: a NaN of f's is laid to f,
  // not to the quotient that would have passed it on.
  for (const step of hs) {
    value(a + step);
    value(a - step);
  }
  const exact = finiteNumber(df(a), `${names.df}(${fmt(a)})`);
  const forward = hs.map((step) => finiteNumber(impl.forwardDifference(f, a, step), `forwardDifference(f, ${fmt(a)}, ${fmt(step)})`));
  const central = hs.map((step) => finiteNumber(impl.centralDifference(f, a, step), `centralDifference(f, ${fmt(a)}, ${fmt(step)})`));
  const at = hs.indexOf(h);
  if (at < 0) throw new RangeError(`the slider's h = ${h} is not among the table's steps`);
  const relative = (estimate: number) => finiteNumber(impl.relativeError(estimate, exact), `relativeError(${fmt(estimate)}, ${fmt(exact)})`);
  return {
    curve,
    fa: value(a),
    fPlus: value(a + h),
    fMinus: value(a - h),
    exact,
    forward,
    central,
    relative: { forward: relative(forward[at]), central: relative(central[at]) },
  };
}

/** One of the page's functions, with the learner's quotients. */
function ofPageFunction({ f, df }: worked.NudgeFunction) {
  return defineRecipe(quotients, (impl, input: NudgeInput) => nudge(impl, f, df, { f: 'f', df: 'f′' }, input));
}

/** An activation of chapter 2 and its derivative of chapter 3, with the learner's quotients. */
function ofActivation(f: Slot<Fn>, df: Slot<Fn>) {
  return defineRecipe({ f, df, ...quotients }, (impl, input: NudgeInput) => nudge(impl, impl.f, impl.df, { f: f.name, df: df.name }, input));
}

export const threeA = ofPageFunction(worked.threeA);
export const square = ofPageFunction(worked.square);
export const cube = ofPageFunction(worked.cube);
export const log = ofPageFunction(worked.log);
export const sigmoid = ofActivation(slot(ACTIVATIONS, 'sigmoid', libSigmoid), slot(DERIVATIVES, 'sigmoidPrime', sigmoidPrime));
export const tanh = ofActivation(slot(ACTIVATIONS, 'tanh', libTanh), slot(DERIVATIVES, 'tanhPrime', tanhPrime));
