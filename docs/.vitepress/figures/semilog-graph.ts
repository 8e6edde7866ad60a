/**
 * A semi-log graph: a linear axis across (a count, such as a layer number or an epoch) and powers
 * of ten up (d3's scaleLog), for a quantity that changes by a constant factor per step: such a
 * quantity is a straight line on it, and its slope is the factor. Used for gradient norms and
 * activation spreads layer by layer, which vanish or explode geometrically.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import { horizontalAxis } from './axes.ts';
import { el, svgRoot, svgText, type PixelPoint } from './element.ts';
import { powerOfTen } from './log-graph.ts';

export interface SemilogGraphOptions {
  /** The visible range across, and up (both positive). */
  x: readonly [number, number];
  y: readonly [number, number];
  /** The plot area in pixels, without the margins. */
  width: number;
  height: number;
  margin?: Partial<{ top: number; right: number; bottom: number; left: number }>;
}

const path = line().digits(2);
const TICK = 5;

export class SemilogGraph {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLogarithmic<number, number>;
  readonly width: number;
  readonly height: number;

  constructor({ x, y, width, height, margin = {} }: SemilogGraphOptions) {
    const m = { top: 12, right: 12, bottom: 12, left: 12, ...margin };
    this.width = m.left + width + m.right;
    this.height = m.top + height + m.bottom;
    this.x = scaleLinear().domain(x).range([m.left, m.left + width]);
    this.y = scaleLog().domain(y).range([m.top + height, m.top]);
  }

  at(x: number, y: number): PixelPoint {
    return [this.x(x), this.y(y)];
  }

  svg(...children: string[]): string {
    return svgRoot(this.width, this.height, ...children);
  }

  /** The whole powers of ten inside the y domain. */
  private powers(): number[] {
    const [lo, hi] = this.y.domain();
    const out: number[] = [];
    for (let k = Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++) out.push(k);
    return out;
  }

  /** Faint lines at every `every`-th power of ten (counted from the top), and at the x ticks. */
  grid({ xTicks = 5, every = 1 } = {}): string {
    const [left, right] = this.x.range();
    const [bottom, top] = this.y.range();
    const powers = this.powers();
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
    const powers = this.powers();
    const topPower = powers[powers.length - 1];
    const yMarks = powers.map((k) => {
      const at = this.y(10 ** k);
      const label = (topPower - k) % every === 0 ? svgText([left - TICK - 3, at + 4.5], powerOfTen(k), { class: 'fig-tick-label', 'text-anchor': 'end' }) : '';
      return el('g', {}, el('line', { x1: left - TICK, y1: at, x2: left, y2: at }), label);
    });
    return el(
      'g',
      {},
      horizontalAxis(this.x, bottom, { ticks: xTicks }),
      el('g', { class: 'fig-axis' }, el('line', { x1: left, y1: bottom, x2: left, y2: top }), ...yMarks),
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
  legend(entries: readonly { name: string; className: string }[], at?: PixelPoint): string {
    const [left, top] = at ?? [this.x.range()[0] + 10, this.y.range()[1] + 12];
    return el(
      'g',
      { class: 'fig-legend' },
      ...entries.map(({ name, className }, i) =>
        el(
          'g',
          {},
          el('line', { class: `fig-curve ${className}`.trim(), x1: left, y1: top + 18 * i, x2: left + 28, y2: top + 18 * i }),
          svgText([left + 34, top + 4.5 + 18 * i], name, { class: 'fig-label' }),
        ),
      ),
    );
  }

  /** A label at (x, y) in data units, offset in pixels. */
  label(x: number, y: number, text: string, { dx = 0, dy = 0, anchor = 'start', className = 'fig-label' } = {}): string {
    return svgText([this.x(x) + dx, this.y(y) + dy], text, { class: className, 'text-anchor': anchor });
  }
}
