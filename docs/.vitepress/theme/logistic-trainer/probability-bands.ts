/**
 * Where a logistic model's probability a = σ(w · x + b) lies between two levels, as polygons of
 * the visible region: the level sets of a are the lines w · x + b = logit(p), parallel to the
 * decision boundary (p = 1/2), so each band is the visible region cut by two half-planes. Used by
 * the widget's shading and by chapter 5's figures (through ../../figures/probability-bands.ts).
 */
import { positivePart, type Point } from '../perceptron-playground/plane-geometry.ts';

/** logit(p) = ln(p / (1 − p)), the z at which σ(z) = p; ±Infinity at 0 and 1. */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export interface Band {
  /** The band holds the points with from < a < to. */
  from: number;
  to: number;
  /** Its part of the visible region (empty when it misses it), in data units. */
  polygon: Point[];
}

/** The level lines between 0 and 1 the widget and the figures shade between, symmetric about 1/2. */
export const LEVELS: readonly number[] = [0.1, 0.25, 0.5, 0.75, 0.9];

/**
 * The bands of a = σ(w · x + b) between consecutive `levels` (and from 0 to the first, from the
 * last to 1) inside the convex polygon `view`. With w = 0 the probability is the same everywhere,
 * so the whole view is one band, the one that holds σ(b).
 */
export function probabilityBands(view: readonly Point[], w: Point, b: number, levels: readonly number[] = LEVELS): Band[] {
  const edges = [0, ...levels, 1];
  const bands: Band[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const [from, to] = [edges[k], edges[k + 1]];
    let polygon: Point[] = [...view];
    // Above the lower level line: w · x + (b − logit(from)) > 0.
    if (from > 0) polygon = positivePart(polygon, w, b - logit(from));
    // Below the upper one: −w · x + (logit(to) − b) > 0.
    if (to < 1) polygon = positivePart(polygon, [-w[0], -w[1]], logit(to) - b);
    bands.push({ from, to, polygon: polygon.length >= 3 ? polygon : [] });
  }
  return bands;
}

/** How strongly a band is shaded: 0 next to the boundary, up to 1 where a is surest. */
export function bandStrength({ from, to }: Band): number {
  return Math.abs((from + to) / 2 - 0.5) * 2;
}
