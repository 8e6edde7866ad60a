/**
 * The graph of a function y = f(z): d3 scales from data units to pixels (the two axes may have
 * different units, unlike a Plane), axes through the origin, and curves sampled from f. A curve
 * is cut where f jumps (at the `jumps` it is given) and where it leaves the visible range, so a
 * step is never drawn with a vertical line that is not part of the function.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { horizontalAxis, tickGrid, verticalAxis } from './axes.ts';
import { curveLegend, type LegendEntry } from './curve-legend.ts';
import { el, svgText, type PixelPoint } from './element.ts';
import { ScaledFrame, pixelPath as path, type PlotFrameOptions } from './plot-frame.ts';

export interface GraphOptions extends PlotFrameOptions {
  /** The visible ranges of z (across) and y (up). */
  z: readonly [number, number];
  y: readonly [number, number];
}

export interface CurveOptions {
  /** z values where f jumps: the curve ends just before each and starts again just after. */
  jumps?: readonly number[];
  /** Samples across the visible z range (default 400: 1 in 400 of the width is below a pixel). */
  samples?: number;
}

export class Graph extends ScaledFrame<ScaleLinear<number, number>, ScaleLinear<number, number>> {
  constructor({ z, y, ...frame }: GraphOptions) {
    super(frame, (range) => scaleLinear().domain(z).range(range), (range) => scaleLinear().domain(y).range(range));
  }

  /** The scale across, named after the graph's variable. */
  get z(): ScaleLinear<number, number> {
    return this.x;
  }

  at(z: number, y: number): PixelPoint {
    return [this.z(z), this.y(y)];
  }

  /** Faint lines at the ticks of both axes. */
  grid(ticks = 6): string {
    return tickGrid(this.z, this.y, ticks);
  }

  /**
   * Axes along the bottom and left edges, every tick labelled, the z axis named below. Not through
   * the origin: where a function jumps at z = 0, an axis there would pass through the jump and
   * look like part of the graph, and tick labels beside it would sit on the curves.
   */
  axes({ ticks = 6, name = 'z', zValues }: { ticks?: number; name?: string; zValues?: readonly number[] } = {}): string {
    const [left, right] = this.z.range();
    const bottom = this.y.range()[0];
    return el(
      'g',
      {},
      horizontalAxis(this.z, bottom, { ticks, values: zValues }),
      verticalAxis(this.y, left, { ticks: Math.max(2, Math.round(ticks / 2)) }),
      svgText([(left + right) / 2, bottom + 34], name, { class: 'fig-axis-name', 'text-anchor': 'middle' }),
    );
  }

  /**
   * The graph of f as one <path> of one or more pieces: cut at each jump and wherever f leaves
   * the visible y range. A value that is not finite is a bug in f, so it throws.
   */
  curve(f: (z: number) => number, className: string, { jumps = [], samples = 400 }: CurveOptions = {}): string {
    const [z0, z1] = this.z.domain();
    const [y0, y1] = this.y.domain();
    const step = (z1 - z0) / samples;
    // Just beside each jump, so both one-sided limits are drawn up to the jump itself.
    const nudge = step * 1e-3;
    const zs = [...Array.from({ length: samples + 1 }, (_, i) => z0 + i * step), ...jumps.flatMap((j) => [j - nudge, j + nudge])]
      // A sample exactly on a jump would join both sides through f(jump): the value there is a
      // mark of its own (value, hole), never part of the curve.
      .filter((z) => z >= z0 && z <= z1 && !jumps.includes(z))
      .sort((a, b) => a - b);
    const pieces: PixelPoint[][] = [];
    let piece: PixelPoint[] = [];
    const cut = () => {
      if (piece.length > 1) pieces.push(piece);
      piece = [];
    };
    let previous = -Infinity;
    for (const z of zs) {
      const value = f(z);
      if (!Number.isFinite(value)) throw new RangeError(`figure: the curve ${className} is ${value} at z = ${z}`);
      if (jumps.some((j) => previous < j && z > j)) cut();
      previous = z;
      if (value < y0 || value > y1) {
        cut();
        continue;
      }
      piece.push(this.at(z, value));
    }
    cut();
    return el('path', { class: `fig-curve ${className}`, d: pieces.map((p) => path(p as [number, number][]) ?? '').join(' ') });
  }

  /** A legend in the top-left corner: a sample of each curve's line, and its name. */
  legend(entries: readonly LegendEntry[]): string {
    return curveLegend(entries, { left: this.z.range()[0] + 16, top: this.y.range()[1] + 14, row: 20, sample: 36, nameAt: 44, nameDrop: 5 });
  }

  /** A filled dot at (z, y): the value a function takes there. */
  value(z: number, y: number, className = ''): string {
    const [cx, cy] = this.at(z, y);
    return el('circle', { class: `fig-value ${className}`.trim(), cx, cy, r: 4 });
  }

  /** An open circle at (z, y): a limit the function approaches but does not take. */
  hole(z: number, y: number, className = ''): string {
    const [cx, cy] = this.at(z, y);
    return el('circle', { class: `fig-hole ${className}`.trim(), cx, cy, r: 4 });
  }

  /** A label at (z, y), offset in pixels. */
  label(z: number, y: number, text: string, { dx = 0, dy = 0, anchor = 'start', className = 'fig-label' } = {}): string {
    const [px, py] = this.at(z, y);
    return svgText([px + dx, py + dy], text, { class: className, 'text-anchor': anchor });
  }
}
