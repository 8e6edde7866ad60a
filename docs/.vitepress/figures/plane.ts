/**
 * A plot of part of the plane, x₁ to the right and x₂ up, with the same number of pixels per
 * unit on both axes so that angles, perpendiculars and distances look like what they are. Points
 * are in data units; the plane turns them into pixels with d3 scales.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { curveLinearClosed, line } from 'd3-shape';
import { lineInside, positivePart, type Point } from '../theme/perceptron-playground/plane-geometry.ts';
import { rightAngleMark } from './angle.ts';
import { arrow } from './arrow.ts';
import { levelCurves } from './contours.ts';
import { horizontalAxis, tickGrid, verticalAxis } from './axes.ts';
import { el, svgRoot, svgText, type Attributes, type PixelPoint } from './element.ts';
import { classMark } from './marks.ts';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlaneOptions {
  /** The visible part of the plane, [min, max] on each axis. */
  x: readonly [number, number];
  y: readonly [number, number];
  /** Pixels per unit, the same on both axes. */
  unit: number;
  /** Room around the plot for axes, labels and titles. */
  margin?: Partial<Margins>;
}

export interface AxesOptions {
  /** About how many ticks per axis. */
  ticks?: number;
  /** The names written at the axes, x₁ and x₂ by default. */
  names?: readonly [string, string];
  /** Whether the ticks carry numbers (default true); a small plot may show only the tick marks. */
  tickLabels?: boolean;
}

export interface LabelOptions {
  /** Offset in pixels from the point (y down). */
  dx?: number;
  dy?: number;
  anchor?: 'start' | 'middle' | 'end';
  className?: string;
}

const closedPath = line().curve(curveLinearClosed).digits(2);
const openPath = line().digits(2);

export class Plane {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly width: number;
  readonly height: number;
  readonly margin: Margins;
  /** The corners of the visible region, in data units, to clip lines and half-planes to. */
  private readonly view: Point[];

  constructor({ x, y, unit, margin = {} }: PlaneOptions) {
    this.margin = { top: 10, right: 10, bottom: 10, left: 10, ...margin };
    const plotWidth = (x[1] - x[0]) * unit;
    const plotHeight = (y[1] - y[0]) * unit;
    this.width = this.margin.left + plotWidth + this.margin.right;
    this.height = this.margin.top + plotHeight + this.margin.bottom;
    this.x = scaleLinear().domain(x).range([this.margin.left, this.margin.left + plotWidth]);
    this.y = scaleLinear().domain(y).range([this.margin.top + plotHeight, this.margin.top]);
    this.view = [[x[0], y[0]], [x[1], y[0]], [x[1], y[1]], [x[0], y[1]]];
  }

  /** The pixel position of a point of the plane. */
  at(p: Point): PixelPoint {
    return [this.x(p[0]), this.y(p[1])];
  }

  /** The whole figure: an <svg> of the plane's size around the given marks. */
  svg(...children: string[]): string {
    return svgRoot(this.width, this.height, ...children);
  }

  /** The border of the plot area. */
  frame(): string {
    const [left, right] = this.x.range();
    const [bottom, top] = this.y.range();
    return el('rect', { class: 'fig-frame', x: left, y: top, width: right - left, height: bottom - top });
  }

  /** Faint lines at the ticks of both axes (decoration: the axes carry the numbers). */
  grid(ticks = 5): string {
    return tickGrid(this.x, this.y, ticks);
  }

  /** Axes along the bottom and left edges of the plot, for a region away from the origin. */
  edgeAxes({ ticks = 3, names = ['x₁', 'x₂'] }: AxesOptions = {}): string {
    const [left, right] = this.x.range();
    const [bottom, top] = this.y.range();
    return el(
      'g',
      {},
      horizontalAxis(this.x, bottom, { ticks }),
      verticalAxis(this.y, left, { ticks }),
      svgText([(left + right) / 2, bottom + 36], names[0], { class: 'fig-axis-name', 'text-anchor': 'middle' }),
      svgText([left, top - 8], names[1], { class: 'fig-axis-name', 'text-anchor': 'middle' }),
    );
  }

  /** Axes through the origin, which must be in view, with the 0s left unlabelled. */
  originAxes({ ticks = 5, names = ['x₁', 'x₂'], tickLabels = true }: AxesOptions = {}): string {
    const [origin, right, top] = [this.at([0, 0]), this.x.range()[1], this.y.range()[1]];
    const unlabelled = (scale: ScaleLinear<number, number>) => (tickLabels ? [0] : scale.ticks(ticks));
    return el(
      'g',
      {},
      horizontalAxis(this.x, origin[1], { ticks, unlabelled: unlabelled(this.x) }),
      verticalAxis(this.y, origin[0], { ticks, unlabelled: unlabelled(this.y) }),
      svgText([right, origin[1] - 8], names[0], { class: 'fig-axis-name', 'text-anchor': 'end' }),
      svgText([origin[0] + 8, top + 12], names[1], { class: 'fig-axis-name' }),
    );
  }

  /** The visible part of the half-plane w · x + b > 0, shaded ('' when none of it is in view). */
  halfPlane(w: Point, b: number): string {
    return this.halfPlanes([[w, b]]);
  }

  /**
   * The visible part where every w · x + b > 0 of `sides` holds (a strip between two parallel
   * lines, a wedge), shaded; '' when none of it is in view.
   */
  halfPlanes(sides: readonly (readonly [Point, number])[]): string {
    const region = sides
      .reduce<Point[]>((polygon, [w, b]) => positivePart(polygon, w, b), this.view)
      .map((p) => this.at(p) as [number, number]);
    return region.length < 3 ? '' : el('path', { class: 'fig-area fig-positive', d: closedPath(region) ?? '' });
  }

  /** The visible part of the line w · x + b = 0. Throws if the line misses the plot. */
  line(w: Point, b: number, className: string): string {
    const ends = lineInside(this.view, w, b);
    if (!ends) throw new RangeError(`figure: the line ${w[0]} x₁ + ${w[1]} x₂ + ${b} = 0 does not cross the plot`);
    return this.segment(ends[0], ends[1], className);
  }

  /**
   * The visible part of the level curve f = level, as one <path>, traced on a grid of cells about
   * `cellPixels` across ('' when the level is not reached in view).
   */
  levelCurve(f: (p: Point) => number, level: number, className: string, cellPixels = 3): string {
    const [x, y] = [this.x.domain() as [number, number], this.y.domain() as [number, number]];
    const [width, height] = [Math.abs(this.x.range()[1] - this.x.range()[0]), Math.abs(this.y.range()[1] - this.y.range()[0])];
    const cells = [Math.max(2, Math.round(width / cellPixels)), Math.max(2, Math.round(height / cellPixels))] as const;
    const curves = levelCurves(f, level, { x, y, cells });
    if (curves.length === 0) return '';
    return el('path', { class: className, d: curves.map((curve) => openPath(curve.map((p) => this.at(p) as [number, number])) ?? '').join('') });
  }

  segment(p: Point, q: Point, className: string): string {
    const [a, c] = [this.at(p), this.at(q)];
    return el('line', { class: className, x1: a[0], y1: a[1], x2: c[0], y2: c[1] });
  }

  arrow(from: Point, to: Point, className: string): string {
    return arrow(this.at(from), this.at(to), className);
  }

  /** The square that marks a right angle at `corner`, between the directions towards `p` and `q`. */
  rightAngle(corner: Point, p: Point, q: Point, size?: number): string {
    const [c, a, b] = [this.at(corner), this.at(p), this.at(q)];
    return rightAngleMark(c, [a[0] - c[0], a[1] - c[1]], [b[0] - c[0], b[1] - c[1]], size);
  }

  /** A small dot that marks a point of interest (the origin, the foot of a perpendicular). */
  dot(p: Point): string {
    const [cx, cy] = this.at(p);
    return el('circle', { class: 'fig-dot', cx, cy, r: 3 });
  }

  /** A labelled example: a circle for label 0, a square for label 1. */
  mark(p: Point, label: 0 | 1): string {
    return classMark(this.at(p), label);
  }

  /** Text at a point of the plane, offset in pixels. */
  label(p: Point, content: string, { dx = 0, dy = 0, anchor = 'start', className = 'fig-label' }: LabelOptions = {}): string {
    const [x, y] = this.at(p);
    const attributes: Attributes = { class: className, 'text-anchor': anchor };
    return svgText([x + dx, y + dy], content, attributes);
  }
}
