/**
 * A semi-log graph: a linear axis across (a count, such as a layer number or an epoch) and powers
 * of ten up (d3's scaleLog), for a quantity that changes by a constant factor per step: such a
 * quantity is a straight line on it, and its slope is the factor. Used for gradient norms and
 * activation spreads layer by layer, which vanish or explode geometrically.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { horizontalAxis } from './axes.ts';
import { curveLegend, type LegendEntry } from './curve-legend.ts';
import { el, svgText, type PixelPoint } from './element.ts';
import { ScaledFrame, pixelPath as path, type RangesOptions } from './plot-frame.ts';
import { logTicksUp, powersIn } from './powers-of-ten.ts';

/** The range up must be positive. */
export class SemilogGraph extends ScaledFrame<ScaleLinear<number, number>, ScaleLogarithmic<number, number>> {
  constructor({ x, y, ...frame }: RangesOptions) {
    super(frame, (range) => scaleLinear().domain(x).range(range), (range) => scaleLog().domain(y).range(range));
  }

  at(x: number, y: number): PixelPoint {
    return [this.x(x), this.y(y)];
  }

  /** Faint lines at every `every`-th power of ten (counted from the top), and at the x ticks. */
  grid({ xTicks = 5, every = 1 } = {}): string {
    const [left, right] = this.x.range();
    const [bottom, top] = this.y.range();
    const powers = powersIn(this.y);
    const topPower = powers[powers.length - 1];
    return el(
      'g',
      { class: 'fig-grid' },
      ...this.x.ticks(xTicks).map((v) => el('line', { x1: this.x(v), y1: bottom, x2: this.x(v), y2: top })),
      ...powers.filter((k) => (topPower - k) % every === 0).map((k) => el('line', { x1: left, y1: this.y(10 ** k), x2: right, y2: this.y(10 ** k) })),
    );
  }

  /**
   * The x axis along the bottom (d3's ticks), the y axis on the left with a tick at every power of
   * ten and a label at every `every`-th one (counted from the top), and both axes named.
   */
  axes({ xName, yName, xTicks = 5, every = 2 }: { xName: string; yName: string; xTicks?: number; every?: number }): string {
    const [left, right] = this.x.range();
    const [bottom, top] = this.y.range();
    return el(
      'g',
      {},
      horizontalAxis(this.x, bottom, { ticks: xTicks }),
      el('g', { class: 'fig-axis' }, el('line', { x1: left, y1: bottom, x2: left, y2: top }), ...logTicksUp(this.y, left, every)),
      svgText([(left + right) / 2, bottom + 34], xName, { class: 'fig-axis-name', 'text-anchor': 'middle' }),
      svgText([left, top - 8], yName, { class: 'fig-axis-name', 'text-anchor': 'start' }),
    );
  }

  /** The points joined in order, as one <path>. A NaN, an infinity or a value ≤ 0 is a bug in the data, so it throws. */
  curve(points: readonly (readonly [number, number])[], className: string): string {
    for (const [x, y] of points) {
      if (!Number.isFinite(x) || !Number.isFinite(y) || y <= 0) throw new RangeError(`figure: the curve ${className} has the point (${x}, ${y})`);
    }
    return el('path', { class: `fig-curve ${className}`.trim(), d: path(points.map(([x, y]) => this.at(x, y) as [number, number])) ?? '' });
  }

  /** A small filled dot at each point, so that measured values stand out from the line joining them. */
  dots(points: readonly (readonly [number, number])[], className = ''): string {
    return el('g', {}, ...points.map(([x, y]) => el('circle', { class: `fig-value ${className}`.trim(), cx: this.x(x), cy: this.y(y), r: 3 })));
  }

  /** A legend: a sample of each curve's line and its name, from the top-left corner of the plot (or at `at`). */
  legend(entries: readonly LegendEntry[], at?: PixelPoint): string {
    const [left, top] = at ?? [this.x.range()[0] + 10, this.y.range()[1] + 12];
    return curveLegend(entries, { left, top, row: 18, sample: 28, nameAt: 34, nameDrop: 4.5 });
  }

  /** A label at (x, y) in data units, offset in pixels. */
  label(x: number, y: number, text: string, { dx = 0, dy = 0, anchor = 'start', className = 'fig-label' } = {}): string {
    return svgText([this.x(x) + dx, this.y(y) + dy], text, { class: className, 'text-anchor': anchor });
  }
}
