/**
 * What the activation explorer knows about each element-wise activation of lib/activations.ts
 * besides its numbers: a name to show, its formula and its derivative's in plain text (the widget
 * ships no KaTeX), where the function or its derivative may jump or bend, the range of α for the
 * two that take one, and where the derivative does not exist. The numbers themselves always come
 * from lib's `elementwise` table: nothing here computes an activation.
 */
import { elementwise, type ElementwiseActivationName } from '../../../../lib/activations.ts';

export type { ElementwiseActivationName };

export interface AlphaRange {
  min: number;
  max: number;
  step: number;
  /** lib's default α, where the slider starts. */
  initial: number;
}

export interface ActivationInfo {
  name: ElementwiseActivationName;
  /** As the status sentence and the radio button name it: "sigmoid", "leaky ReLU". */
  label: string;
  /** g(z) in plain text. */
  formula: string;
  /** g′(z) in plain text, with lib's convention where the derivative does not exist. */
  derivative: string;
  /** The z where g or g′ may jump or have a corner (the plot splits or samples exactly there). */
  breaks: readonly number[];
  alpha?: AlphaRange;
  /**
   * Where g′ does not exist at this z (and α), the sentence saying so and what the course uses;
   * null where it exists.
   */
  noSlope: (z: number, alpha: number) => string | null;
}

const none = () => null;
/** The derivative does not exist at exactly z = 0 (a jump or a corner there), as `sentence` says. */
const noSlopeAtZero = (sentence: string) => (z: number) => (z === 0 ? sentence : null);
/** Leaky ReLU and ELU bend at 0 unless α = 1; lib uses α there, the slope on the left. */
const cornerAtZeroUnlessAlphaIsOne = (label: string) => (z: number, alpha: number) =>
  z === 0 && alpha !== 1 ? `${label} has no slope at exactly 0 unless α = 1; this course uses α there, the slope on the left.` : null;

export const ACTIVATIONS: readonly ActivationInfo[] = [
  {
    name: 'heaviside',
    label: 'Heaviside step',
    formula: 'H(z) = 0 for z < 0, ½ at z = 0, 1 for z > 0',
    derivative: 'H′(z) = 0 for z ≠ 0; none at 0 (the course uses 0)',
    breaks: [0],
    noSlope: noSlopeAtZero('The step jumps at 0, so it has no slope there; this course uses 0 there.'),
  },
  {
    name: 'sign',
    label: 'sign',
    formula: 'sign(z) = −1 for z < 0, 0 at z = 0, 1 for z > 0',
    derivative: 'sign′(z) = 0 for z ≠ 0; none at 0 (the course uses 0)',
    breaks: [0],
    noSlope: noSlopeAtZero('sign jumps at 0, so it has no slope there; this course uses 0 there.'),
  },
  {
    name: 'linear',
    label: 'linear',
    formula: 'g(z) = z',
    derivative: 'g′(z) = 1',
    breaks: [],
    noSlope: none,
  },
  {
    name: 'piecewiseLinear',
    label: 'piecewise linear',
    formula: 'g(z) = 0 for z ≤ −½, z + ½ between, 1 for z ≥ ½',
    derivative: 'g′(z) = 1 for −½ < z < ½, 0 outside; none at ±½ (the course uses 0)',
    breaks: [-0.5, 0.5],
    noSlope: (z) =>
      Math.abs(z) === 0.5 ? `The piecewise-linear function has a corner at ${z < 0 ? '−' : ''}0.5 and no slope there; this course uses 0 there.` : null,
  },
  {
    name: 'sigmoid',
    label: 'sigmoid',
    formula: 'σ(z) = 1 / (1 + e^(−z))',
    derivative: 'σ′(z) = σ(z)(1 − σ(z))',
    breaks: [],
    noSlope: none,
  },
  {
    name: 'tanh',
    label: 'tanh',
    formula: 'tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))',
    derivative: 'tanh′(z) = 1 − tanh(z)²',
    breaks: [],
    noSlope: none,
  },
  {
    name: 'relu',
    label: 'ReLU',
    formula: 'ReLU(z) = max(0, z)',
    derivative: 'ReLU′(z) = 0 for z < 0, 1 for z > 0; none at 0 (the course uses 0)',
    breaks: [0],
    noSlope: noSlopeAtZero('ReLU has no slope at exactly 0; this course uses 0 there.'),
  },
  {
    name: 'leakyRelu',
    label: 'leaky ReLU',
    formula: 'g(z) = z for z > 0, αz otherwise',
    derivative: 'g′(z) = α for z < 0, 1 for z > 0; none at 0 unless α = 1 (the course uses α)',
    breaks: [0],
    alpha: { min: 0, max: 1, step: 0.01, initial: 0.01 },
    noSlope: cornerAtZeroUnlessAlphaIsOne('Leaky ReLU'),
  },
  {
    name: 'softplus',
    label: 'softplus',
    formula: 'softplus(z) = ln(1 + e^z)',
    derivative: 'softplus′(z) = σ(z), the sigmoid',
    breaks: [],
    noSlope: none,
  },
  {
    name: 'elu',
    label: 'ELU',
    formula: 'ELU(z) = z for z > 0, α(e^z − 1) otherwise',
    derivative: 'ELU′(z) = αe^z for z < 0, 1 for z > 0; none at 0 unless α = 1 (the course uses α)',
    breaks: [0],
    alpha: { min: 0.1, max: 3, step: 0.01, initial: 1 },
    noSlope: cornerAtZeroUnlessAlphaIsOne('ELU'),
  },
];

export function activationInfo(name: ElementwiseActivationName): ActivationInfo {
  const info = ACTIVATIONS.find((a) => a.name === name);
  if (!info) throw new RangeError(`activation explorer: no activation named ${name}`);
  return info;
}

/** g and g′ of lib, with α bound (lib ignores α for the functions that take none). */
export function libFunctions(name: ElementwiseActivationName, alpha: number): { g: (z: number) => number; dg: (z: number) => number } {
  const { f, df } = elementwise[name];
  return { g: (z) => f(z, alpha), dg: (z) => df(z, alpha) };
}
