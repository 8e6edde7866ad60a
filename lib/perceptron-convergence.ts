/**
 * The quantities of the perceptron convergence theorem (Novikoff, 1962). With the bias folded in
 * (x̃ = (x, 1), w̃ = (w, b)), if every ‖x̃‖ ≤ R and a unit vector u has s·(u · x̃) ≥ γ > 0 for every
 * example, where s = +1 for label 1 and -1 for label 0, then training from zero makes at most
 * (R/γ)² mistakes, for any η > 0 and any order of the examples.
 */
import { dot } from './vector.ts';

/** x̃ = (x₁, …, xₙ, 1): the input with the bias's constant input appended. */
export function extendInput(x: readonly number[]): number[] {
  return [...x, 1];
}

/** R = max ‖x̃‖ over the examples. */
export function radiusOfExtendedInputs(xs: readonly (readonly number[])[]): number {
  return Math.max(...xs.map((x) => Math.sqrt(dot(extendInput(x), extendInput(x)))));
}

/**
 * γ = min s·(u · x̃) for u = (w, b)/‖(w, b)‖: how far the separator (w, b) keeps the nearest
 * example on its correct side, in the extended space. Negative or zero means (w, b) does not
 * separate the data with a margin.
 */
export function extendedMargin(w: readonly number[], b: number, xs: readonly (readonly number[])[], ys: readonly number[]): number {
  const u = [...w, b];
  const length = Math.sqrt(dot(u, u));
  if (length === 0) throw new RangeError('extendedMargin expected a non-zero separator (w, b), got all zeros');
  return Math.min(...xs.map((x, i) => ((ys[i] === 1 ? 1 : -1) * dot(u, extendInput(x))) / length));
}

export interface MistakeBound {
  radius: number;
  margin: number;
  /** (R/γ)²: the most mistakes the perceptron can make, summed over the whole run. */
  bound: number;
}

/** Novikoff's bound for data separated by (w, b). Throws when (w, b) leaves no positive margin. */
export function mistakeBound(w: readonly number[], b: number, xs: readonly (readonly number[])[], ys: readonly number[]): MistakeBound {
  const margin = extendedMargin(w, b, xs, ys);
  if (!(margin > 0)) throw new RangeError(`mistakeBound expected (w, b) to separate the data with a positive margin, got margin ${margin}`);
  const radius = radiusOfExtendedInputs(xs);
  return { radius, margin, bound: (radius / margin) ** 2 };
}
