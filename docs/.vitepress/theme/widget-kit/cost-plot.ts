/**
 * The geometry of a cost curve (d3-scale): epochs 0 … at least 50 across, cost 0 … the highest cost
 * so far (at least ln 2) up, and the curve thinned to at most one vertex per pixel column, so a
 * long run stays cheap to redraw every frame. On a log scale (`log`), from a power of ten below
 * the lowest cost to one above the highest: a cost that falls fast and then keeps falling slowly
 * (XOR's, from 0.7 to 0.001) reads as a spike and a flat line on a linear scale, and as the
 * steady progress it is on a log scale.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import type { PlotArea } from './plot-area.ts';

export interface CostLayout extends PlotArea {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
}

/** Costs below this are drawn on the floor of a log-scale plot (a cost of exactly 0 has no place on it). */
export const LOG_FLOOR = 1e-6;

const COST_MARGIN = { top: 12, right: 14, bottom: 36, left: 46 };

export function costLayout(width: number, height: number, costs: readonly number[], log = false): CostLayout {
  const { top, right, bottom, left } = COST_MARGIN;
  const lastEpoch = Math.max(50, costs.length - 1);
  let highest = Math.LN2;
  let lowest = Math.LN2;
  for (const c of costs) {
    if (c > highest) highest = c;
    if (c < lowest) lowest = c;
  }
  const y = log
    ? scaleLog()
        .domain([10 ** Math.floor(Math.log10(Math.max(LOG_FLOOR, lowest))), 10 ** Math.ceil(Math.log10(highest))])
        .range([height - bottom, top])
        .clamp(true)
    : scaleLinear().domain([0, highest * 1.05]).range([height - bottom, top]).nice();
  return {
    width,
    height,
    left,
    right: width - right,
    top,
    bottom: height - bottom,
    x: scaleLinear().domain([0, lastEpoch]).range([left, width - right]).nice(),
    y,
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
