/**
 * A log-log graph: both axes in powers of ten (d3's scaleLog), for quantities that span many
 * orders of magnitude, such as the error of a finite difference against its step h. A power law
 * y = c·x^p is a straight line of slope p on it, which is why error orders are read off such plots.
 * Ticks sit at whole powers of ten and are labelled 10⁻⁴ (every `every`-th power, so they fit).
 */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import { curveLegend, type LegendEntry } from './curve-legend.ts';
import { el, svgText, type PixelPoint } from './element.ts';
import { ScaledFrame, pixelPath as path, type RangesOptions } from './plot-frame.ts';
import { TICK, logTicksUp, powerOfTen, powersIn } from './powers-of-ten.ts';

/** Both ranges positive: [smallest, largest]. */
export class LogGraph extends ScaledFrame<ScaleLogarithmic<number, number>, ScaleLogarithmic<number, number>> {
  constructor({ x, y, ...frame }: RangesOptions) {
    super(frame, (range) => scaleLog().domain(x).range(range), (range) => scaleLog().domain(y).range(range));
  }

  /** Faint lines at every power of ten of both axes. */
  grid(): string {
    const [left, right] = this.x.range();
    const [bottom, top] = this.y.range();
    return el(
      'g',
      { class: 'fig-grid' },
      ...powersIn(this.x).map((k) => el('line', { x1: this.x(10 ** k), y1: bottom, x2: this.x(10 ** k), y2: top })),
      ...powersIn(this.y).map((k) => el('line', { x1: left, y1: this.y(10 ** k), x2: right, y2: this.y(10 ** k) })),
    );
  }

  /**
   * Axes along the bottom and left edges, ticks at every power of ten, labels at every `every`-th
   * (counted from the largest, so the right and top ends are labelled), and both axes named.
   */
  axes({ xName, yName, everyX = 2, everyY = 2 }: { xName: string; yName: string; everyX?: number; everyY?: number }): string {
    const [left, right] = this.x.range();
    const [bottom, top] = this.y.range();
    const xPowers = powersIn(this.x);
    const xTop = xPowers[xPowers.length - 1];
    const xMarks = xPowers.map((k) => {
      const at = this.x(10 ** k);
      const label = (xTop - k) % everyX === 0 ? svgText([at, bottom + TICK + 14], powerOfTen(k), { class: 'fig-tick-label', 'text-anchor': 'middle' }) : '';
      return el('g', {}, el('line', { x1: at, y1: bottom, x2: at, y2: bottom + TICK }), label);
    });
    return el(
      'g',
      {},
      el(
        'g',
        { class: 'fig-axis' },
        el('line', { x1: left, y1: bottom, x2: right, y2: bottom }),
        el('line', { x1: left, y1: bottom, x2: left, y2: top }),
        ...xMarks,
        ...logTicksUp(this.y, left, everyY),
      ),
      svgText([(left + right) / 2, bottom + 38], xName, { class: 'fig-axis-name', 'text-anchor': 'middle' }),
      svgText([left, top - 8], yName, { class: 'fig-axis-name', 'text-anchor': 'start' }),
    );
  }

  /**
   * The points (x, y) joined in order, as one <path>. A point outside the visible range, or with
   * y = 0 (no logarithm), ends a piece; a NaN or an infinity is a bug in the data, so it throws.
   */
  curve(points: readonly (readonly [number, number])[], className: string): string {
    const [x0, x1] = this.x.domain();
    const [y0, y1] = this.y.domain();
    const pieces: PixelPoint[][] = [];
    let piece: PixelPoint[] = [];
    const cut = () => {
      if (piece.length > 1) pieces.push(piece);
      piece = [];
    };
    for (const [x, y] of points) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`figure: the curve ${className} has the point (${x}, ${y})`);
      if (x < x0 || x > x1 || y < y0 || y > y1) {
        cut();
        continue;
      }
      piece.push([this.x(x), this.y(y)]);
    }
    cut();
    return el('path', { class: `fig-curve ${className}`.trim(), d: pieces.map((p) => path(p as [number, number][]) ?? '').join(' ') });
  }

  /** A legend in the top-right (or top-left) corner: a sample of each curve's line, and its name. */
  legend(entries: readonly LegendEntry[], { width = 150, corner = 'top-right' as 'top-right' | 'top-left' } = {}): string {
    const left = corner === 'top-left' ? this.x.range()[0] + 12 : this.x.range()[1] - width;
    return curveLegend(entries, { left, top: this.y.range()[1] + 14, row: 20, sample: 30, nameAt: 37, nameDrop: 5 });
  }

  /** A label at (x, y) in data units, offset in pixels. */
  label(x: number, y: number, text: string, { dx = 0, dy = 0, anchor = 'start', className = 'fig-label' } = {}): string {
    return svgText([this.x(x) + dx, this.y(y) + dy], text, { class: className, 'text-anchor': anchor });
  }
}
