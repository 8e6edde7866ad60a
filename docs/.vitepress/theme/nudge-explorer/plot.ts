/**
 * Drawing helpers of the nudge explorer: the pixel layout of its one plot with d3 scales, the
 * function sampled into an SVG path, and a straight line (a secant or the tangent) across the
 * whole plot. Loaded with the widget only (its chunk carries d3), never on first load.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { PlotArea } from '../widget-kit/plot-area.ts';

export interface Layout extends PlotArea {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** About how many ticks fit along each axis. */
  xTicks: number;
  yTicks: number;
}

const MARGIN = { top: 14, right: 12, bottom: 40, left: 48 };
const SAMPLES = 400;

/** The a the curve is drawn through, evenly spaced across the view. */
export function sampledAt([lo, hi]: readonly [number, number]): number[] {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => lo + ((hi - lo) * i) / SAMPLES);
}

/** f sampled across the view. */
export function sample(f: (a: number) => number, view: readonly [number, number]): [number, number][] {
  return sampledAt(view).map((a) => [a, f(a)]);
}

/** The values the plot must show: every sample, with a margin of 8% so no curve runs along the frame. */
export function valueDomain(samples: readonly (readonly [number, number])[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const [, y] of samples) if (Number.isFinite(y)) [lo, hi] = [Math.min(lo, y), Math.max(hi, y)];
  const pad = (hi - lo) * 0.08 || 1;
  return [lo - pad, hi + pad];
}

/** One plot for an SVG `width` pixels wide, drawn one unit per CSS pixel so its text keeps its size on a phone. */
export function layout(width: number, view: readonly [number, number], values: [number, number]): Layout {
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const plotHeight = Math.round(Math.min(320, Math.max(210, width * 0.55)));
  const top = MARGIN.top;
  const bottom = top + plotHeight;
  return {
    width,
    height: bottom + MARGIN.bottom,
    left,
    right,
    top,
    bottom,
    x: scaleLinear().domain(view).range([left, right]),
    y: scaleLinear().domain(values).range([bottom, top]),
    xTicks: Math.max(4, Math.min(10, Math.floor((right - left) / 48))),
    yTicks: Math.max(4, Math.round(plotHeight / 45)),
  };
}

/** The SVG path of sampled points. */
export function curvePath(samples: readonly (readonly [number, number])[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const draw = line<readonly [number, number]>()
    .defined(([a, v]) => Number.isFinite(a) && Number.isFinite(v))
    .x(([a]) => x(a))
    .y(([, v]) => y(v));
  return draw(samples) ?? '';
}

/**
 * The line through (a0, f0) with the given slope, across the whole view, as two pixel points.
 * Far outside the plot it is clipped by the SVG; its ends are kept within a few plot heights so
 * the pixel numbers stay reasonable for a steep line.
 */
export function lineEnds(a0: number, f0: number, slope: number, layout: Layout) {
  const [lo, hi] = layout.x.domain();
  const [yLo, yHi] = layout.y.domain();
  const span = yHi - yLo;
  // Where the line leaves the band [yLo − 2·span, yHi + 2·span], if it does inside the view.
  const clampA = (a: number) => {
    if (slope === 0) return a;
    const yAt = f0 + slope * (a - a0);
    const limit = yAt > yHi + 2 * span ? yHi + 2 * span : yAt < yLo - 2 * span ? yLo - 2 * span : null;
    return limit === null ? a : a0 + (limit - f0) / slope;
  };
  const [a1, a2] = [clampA(lo), clampA(hi)];
  return { x1: layout.x(a1), y1: layout.y(f0 + slope * (a1 - a0)), x2: layout.x(a2), y2: layout.y(f0 + slope * (a2 - a0)) };
}
