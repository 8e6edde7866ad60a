/**
 * Axes drawn from a d3 linear scale: the tick values and their labels are d3's (scale.ticks and
 * scale.tickFormat, which picks round numbers and prints negatives with a true minus sign).
 */
import type { ScaleLinear } from 'd3-scale';
import { el, svgText } from './element.ts';

export interface AxisOptions {
  /** About how many ticks (d3 picks round values near this count). */
  ticks?: number;
  /** Leave these tick values unlabelled, e.g. 0 where two axes cross at the origin. */
  unlabelled?: readonly number[];
}

const TICK = 5;

/** A horizontal axis at pixel height `y`, across the scale's range, labels below the ticks. */
export function horizontalAxis(scale: ScaleLinear<number, number>, y: number, options: AxisOptions = {}): string {
  const { ticks = 5, unlabelled = [] } = options;
  const [left, right] = scale.range();
  const format = scale.tickFormat(ticks);
  const marks = scale.ticks(ticks).map((value) => {
    const x = scale(value);
    return el(
      'g',
      {},
      el('line', { x1: x, y1: y, x2: x, y2: y + TICK }),
      unlabelled.includes(value) ? '' : svgText([x, y + TICK + 13], format(value), { class: 'fig-tick-label', 'text-anchor': 'middle' }),
    );
  });
  return el('g', { class: 'fig-axis' }, el('line', { x1: left, y1: y, x2: right, y2: y }), ...marks);
}

/** A vertical axis at pixel position `x`, across the scale's range, labels left of the ticks. */
export function verticalAxis(scale: ScaleLinear<number, number>, x: number, options: AxisOptions = {}): string {
  const { ticks = 5, unlabelled = [] } = options;
  const [bottom, top] = scale.range();
  const format = scale.tickFormat(ticks);
  const marks = scale.ticks(ticks).map((value) => {
    const y = scale(value);
    return el(
      'g',
      {},
      el('line', { x1: x - TICK, y1: y, x2: x, y2: y }),
      unlabelled.includes(value) ? '' : svgText([x - TICK - 3, y + 4.5], format(value), { class: 'fig-tick-label', 'text-anchor': 'end' }),
    );
  });
  return el('g', { class: 'fig-axis' }, el('line', { x1: x, y1: bottom, x2: x, y2: top }), ...marks);
}
