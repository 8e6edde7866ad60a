/**
 * A logistic model's probability a = σ(w · x + b) as shading on a Plane: bands between the level
 * lines of ../theme/logistic-trainer/probability-bands.ts, in the colour of the class the model
 * leans to (label 1 above a = 1/2, label 0 below), darker where it is surer; and the level lines
 * themselves, each labelled with its probability where it leaves the plot.
 */
import { curveLinearClosed, line } from 'd3-shape';
import { LEVELS, bandStrength, logit, probabilityBands } from '../theme/logistic-trainer/probability-bands.ts';
import { lineInside, type Point } from '../theme/perceptron-playground/plane-geometry.ts';
import { el } from './element.ts';
import type { Plane } from './plane.ts';

const closedPath = line().curve(curveLinearClosed).digits(2);

/** The corners of the plane's visible region, counter-clockwise. */
function viewOf(plane: Plane): Point[] {
  const [x0, x1] = plane.x.domain();
  const [y0, y1] = plane.y.domain();
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
}

/** Shading by probability: decoration (class fig-area), so the level lines and points carry the meaning. */
export function probabilityShading(plane: Plane, w: Point, b: number, levels: readonly number[] = LEVELS): string {
  const bands = probabilityBands(viewOf(plane), w, b, levels).filter((band) => band.polygon.length >= 3);
  return el(
    'g',
    { class: 'fig-area' },
    ...bands.map((band) => {
      const side = (band.from + band.to) / 2 > 0.5 ? 'fig-probability-1' : 'fig-probability-0';
      const step = Math.max(1, Math.round(bandStrength(band) * 4));
      const d = closedPath(band.polygon.map((p) => plane.at(p) as [number, number])) ?? '';
      return el('path', { class: `${side} fig-probability-strength-${step}`, d });
    }),
  );
}

/**
 * The level lines a = p for each p in `levels` except 1/2 (the boundary, drawn by the caller),
 * dashed, each labelled "p" at its end that is nearest the top or the right of the plot.
 */
export function probabilityLevels(plane: Plane, w: Point, b: number, levels: readonly number[] = LEVELS): string {
  const view = viewOf(plane);
  const parts: string[] = [];
  for (const p of levels) {
    if (p === 0.5) continue;
    const ends = lineInside(view, w, b - logit(p));
    if (!ends) continue;
    parts.push(plane.segment(ends[0], ends[1], 'fig-guide fig-probability-level'));
    // Label the end that is further up (then further right), just inside the plot.
    const [end, other] = ends[0][1] > ends[1][1] || (ends[0][1] === ends[1][1] && ends[0][0] > ends[1][0]) ? ends : [ends[1], ends[0]];
    const along = [other[0] - end[0], other[1] - end[1]];
    const length = Math.hypot(along[0], along[1]);
    const inside: Point = [end[0] + (along[0] / length) * 0.35, end[1] + (along[1] / length) * 0.35];
    parts.push(plane.label(inside, String(p), { anchor: 'middle', dy: 4, className: 'fig-label fig-probability-label' }));
  }
  return el('g', {}, ...parts);
}
