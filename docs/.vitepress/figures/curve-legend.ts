/**
 * A legend for a graph's curves: per entry, a short sample of its line (so dash and colour both
 * show) and its name beside it, one row under the other from (left, top).
 */
import { el, svgText } from './element.ts';

export interface LegendEntry {
  name: string;
  className: string;
}

export interface LegendLayout {
  left: number;
  top: number;
  /** Pixels from one row to the next. */
  row: number;
  /** How long the sample line is, and where the name starts (both from `left`). */
  sample: number;
  nameAt: number;
  /** How far below the line the name's baseline is. */
  nameDrop: number;
}

export function curveLegend(entries: readonly LegendEntry[], { left, top, row, sample, nameAt, nameDrop }: LegendLayout): string {
  return el(
    'g',
    { class: 'fig-legend' },
    ...entries.map(({ name, className }, i) =>
      el(
        'g',
        {},
        el('line', { class: `fig-curve ${className}`.trim(), x1: left, y1: top + row * i, x2: left + sample, y2: top + row * i }),
        svgText([left + nameAt, top + nameDrop + row * i], name, { class: 'fig-label' }),
      ),
    ),
  );
}
