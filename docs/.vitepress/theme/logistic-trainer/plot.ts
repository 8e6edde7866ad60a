/**
 * Drawing helpers of the logistic trainer, loaded with the widget only (its chunk carries d3):
 * the square plane of the points with d3 scales, and the probability bands and level lines of a
 * model in pixels. The cost curve is the widget kit's (../widget-kit/cost-plot.ts).
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
