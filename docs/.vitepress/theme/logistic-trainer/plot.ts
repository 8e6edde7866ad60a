/**
 * Drawing helpers of the logistic trainer, loaded with the widget only (its chunk carries d3):
 * the square plane of the points with d3 scales, the probability bands and level lines of a model
 * in pixels, and the cost curve, thinned to at most one vertex per pixel column so a long run
 * stays cheap to redraw every frame.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { curveLinearClosed, line } from 'd3-shape';
import { lineInside, type Point } from '../perceptron-playground/plane-geometry.ts';
import { LEVELS, bandStrength, logit, probabilityBands } from './probability-bands.ts';

export interface PlaneLayout {
  size: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  view: Point[];
}

/** A square plane `size` pixels wide showing [lo, hi] on both axes, x₂ growing upwards. */
export function planeLayout(size: number, [lo, hi]: readonly [number, number]): PlaneLayout {
  return {
    size,
    x: scaleLinear().domain([lo, hi]).range([0, size]),
    y: scaleLinear().domain([lo, hi]).range([size, 0]),
    view: [[lo, lo], [hi, lo], [hi, hi], [lo, hi]],
  };
}

const closed = line().curve(curveLinearClosed).digits(1);
const pixels = (layout: PlaneLayout, polygon: readonly Point[]) => polygon.map(([a, c]) => [layout.x(a), layout.y(c)] as [number, number]);

export interface DrawnBand {
  key: string;
  d: string;
  /** 0 or 1: the class the model leans to in this band. */
  side: 0 | 1;
  /** 1 (next to the boundary) to 4 (surest). */
  strength: number;
}

/** The probability bands of σ(w · x + b) that are in view, as SVG paths. */
export function drawnBands(layout: PlaneLayout, w: Point, b: number): DrawnBand[] {
  return probabilityBands(layout.view, w, b)
    .filter((band) => band.polygon.length >= 3)
    .map((band) => ({
      key: `${band.from}-${band.to}`,
      d: closed(pixels(layout, band.polygon)) ?? '',
      side: (band.from + band.to) / 2 > 0.5 ? 1 : 0,
      strength: Math.max(1, Math.round(bandStrength(band) * 4)),
    }));
}

export interface DrawnLine {
  level: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The lines a = p for the shaded levels (p = 1/2 is the decision boundary) that cross the view. */
export function levelLines(layout: PlaneLayout, w: Point, b: number): DrawnLine[] {
  const found: DrawnLine[] = [];
  for (const level of LEVELS) {
    const ends = lineInside(layout.view, w, b - logit(level));
    if (!ends) continue;
    const [[x1, y1], [x2, y2]] = pixels(layout, ends);
    found.push({ level, x1, y1, x2, y2 });
  }
  return found;
}

export interface CostLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

const COST_MARGIN = { top: 12, right: 14, bottom: 36, left: 46 };

/** The cost plot: epochs 0 … at least 50 across, cost 0 … the highest cost so far (at least ln 2) up. */
export function costLayout(width: number, height: number, costs: readonly number[]): CostLayout {
  const { top, right, bottom, left } = COST_MARGIN;
  const lastEpoch = Math.max(50, costs.length - 1);
  let highest = Math.LN2;
  for (const c of costs) if (c > highest) highest = c;
  return {
    width,
    height,
    left,
    right: width - right,
    top,
    bottom: height - bottom,
    x: scaleLinear().domain([0, lastEpoch]).range([left, width - right]).nice(),
    y: scaleLinear().domain([0, highest * 1.05]).range([height - bottom, top]).nice(),
  };
}

const open = line().digits(1);

/** The cost curve as an SVG path, at most about one vertex per pixel column. */
export function costPath(layout: CostLayout, costs: readonly number[]): string {
  if (costs.length === 0) return '';
  const columns = Math.max(1, Math.floor(layout.right - layout.left));
  const every = Math.max(1, Math.ceil(costs.length / columns));
  const vertices: [number, number][] = [];
  for (let k = 0; k < costs.length; k += every) vertices.push([layout.x(k), layout.y(costs[k])]);
  const last = costs.length - 1;
  if (last % every !== 0) vertices.push([layout.x(last), layout.y(costs[last])]);
  if (vertices.length === 1) vertices.push(vertices[0]); // one cost: a dot-sized path, still drawn
  return open(vertices) ?? '';
}
