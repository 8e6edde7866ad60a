/**
 * Axes drawn from a d3 linear scale: the tick values and their labels are d3's (scale.ticks and
 * scale.tickFormat, which picks round numbers and prints negatives with a true minus sign).
 */
import type { ScaleLinear } from 'd3-scale';
import { el, svgText, type PixelPoint } from './element.ts';

export interface AxisOptions {
  /** About how many ticks (d3 picks round values near this count). */
  ticks?: number;
  /** Leave these tick values unlabelled, e.g. 0 where two axes cross at the origin. */
  unlabelled?: readonly number[];
  /** Ticks at exactly these values instead of d3's round ones (angles every 90°, say). */
  values?: readonly number[];
}

const TICK = 5;

/**
 * An axis along the scale's range at pixel position `at` across it. A horizontal axis puts its
 * ticks and labels below the line, a vertical one to its left.
 */
function axis(scale: ScaleLinear<number, number>, at: number, horizontal: boolean, { ticks = 5, unlabelled = [], values }: AxisOptions): string {
  // (along the axis, across it) as a pixel point.
  const point = (along: number, across: number): PixelPoint => (horizontal ? [along, across] : [across, along]);
  const outwards = horizontal ? TICK : -TICK;
  const format = scale.tickFormat(ticks);
  const marks = (values ?? scale.ticks(ticks)).map((value) => {
    const along = scale(value);
    const [x1, y1] = point(along, at);
    const [x2, y2] = point(along, at + outwards);
    const label = horizontal
      ? svgText([along, at + TICK + 13], format(value), { class: 'fig-tick-label', 'text-anchor': 'middle' })
      : svgText([at - TICK - 3, along + 4.5], format(value), { class: 'fig-tick-label', 'text-anchor': 'end' });
    return el('g', {}, el('line', { x1, y1, x2, y2 }), unlabelled.includes(value) ? '' : label);
  });
  const [start, end] = scale.range().map((along) => point(along, at));
  return el('g', { class: 'fig-axis' }, el('line', { x1: start[0], y1: start[1], x2: end[0], y2: end[1] }), ...marks);
}

/** A horizontal axis at pixel height `y`, labels below the ticks. */
export function horizontalAxis(scale: ScaleLinear<number, number>, y: number, options: AxisOptions = {}): string {
  return axis(scale, y, true, options);
}

/** A vertical axis at pixel position `x`, labels left of the ticks. */
export function verticalAxis(scale: ScaleLinear<number, number>, x: number, options: AxisOptions = {}): string {
  return axis(scale, x, false, options);
}

/** Faint lines at the ticks of both scales, across the whole plot (decoration: the axes carry the numbers). */
export function tickGrid(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, ticks: number): string {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const vertical = x.ticks(ticks).map((v) => el('line', { x1: x(v), y1: bottom, x2: x(v), y2: top }));
  const horizontal = y.ticks(ticks).map((v) => el('line', { x1: left, y1: y(v), x2: right, y2: y(v) }));
  return el('g', { class: 'fig-grid' }, ...vertical, ...horizontal);
}
