/**
 * The functions the nudge explorer offers, and what it knows about each besides its numbers: how
 * to write it in plain text (the widget ships no KaTeX), the range the point a may take and the
 * range of a drawn around it. The functions and their exact derivatives are the page's: 3a, a²,
 * a³ and ln a from the worked module of chapter 3, σ and tanh from lib/activations.ts. The
 * difference quotients are lib's too (lib/gradcheck.ts, in useNudgeExplorer.ts).
 */
import { sigmoid, sigmoidPrime, tanh, tanhPrime } from '../../../../lib/activations.ts';
import { cube, log, square, threeA } from '../../../worked/03-derivatives.ts';

export type NudgeFunctionName = 'threeA' | 'square' | 'cube' | 'log' | 'sigmoid' | 'tanh';

export interface NudgeFunctionInfo {
  name: NudgeFunctionName;
  /** "a²", as the radio button and the status sentence write f(a). */
  label: string;
  /** f′(a)'s formula in plain text: "2a". */
  derivative: string;
  f: (a: number) => number;
  df: (a: number) => number;
  /** Where the point a may go: far enough inside `view` that a ± h (h ≤ 1) stays in view and in f's domain. */
  aRange: readonly [number, number];
  /** The a axis of the plot. */
  view: readonly [number, number];
  /** Where a starts. */
  initial: number;
}

export const FUNCTIONS: readonly NudgeFunctionInfo[] = [
  { name: 'threeA', label: '3a', derivative: '3', ...threeA, aRange: [-2, 2], view: [-3, 3], initial: 1 },
  { name: 'square', label: 'a²', derivative: '2a', ...square, aRange: [-2, 2], view: [-3, 3], initial: 1 },
  { name: 'cube', label: 'a³', derivative: '3a²', ...cube, aRange: [-1.5, 1.5], view: [-2.5, 2.5], initial: 1 },
  // a ≥ 1.1 so that a − h > 0 for every h the slider reaches: ln is not defined at or below 0.
  { name: 'log', label: 'ln a', derivative: '1/a', ...log, aRange: [1.1, 4], view: [0.1, 5], initial: 2 },
  { name: 'sigmoid', label: 'σ(a)', derivative: 'σ(a)(1 − σ(a))', f: sigmoid, df: sigmoidPrime, aRange: [-4, 4], view: [-5, 5], initial: 1 },
  { name: 'tanh', label: 'tanh a', derivative: '1 − tanh²a', f: tanh, df: tanhPrime, aRange: [-3, 3], view: [-4, 4], initial: 1 },
];

export function functionInfo(name: NudgeFunctionName): NudgeFunctionInfo {
  const info = FUNCTIONS.find((f) => f.name === name);
  if (!info) throw new Error(`nudge explorer: no function named ${name}`);
  return info;
}

/** The steps h the slider offers, from 1 down to 10⁻⁶ in a 1–2–5 sequence: equal spacing on a log scale. */
export const STEPS: readonly number[] = [0, 1, 2, 3, 4, 5, 6].flatMap((k) =>
  k === 6 ? [1e-6] : [1, 0.5, 0.2].map((m) => Number((m * 10 ** -k).toPrecision(1))),
);
