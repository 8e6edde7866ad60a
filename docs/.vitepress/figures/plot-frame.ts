/**
 * Where a graph's plot area sits: `width` × `height` pixels inside margins (12 on each side unless
 * given), as the pixel ranges a d3 scale maps onto, and the SVG root of that size. y runs up, so
 * its range starts at the bottom.
 */
import { line } from 'd3-shape';
import { svgRoot } from './element.ts';

export interface PlotFrameOptions {
  /** The plot area in pixels, without the margins. */
  width: number;
  height: number;
  margin?: Partial<{ top: number; right: number; bottom: number; left: number }>;
}

export class PlotFrame {
  /** The whole SVG's size, margins included. */
  readonly width: number;
  readonly height: number;
  /** The plot area's pixel ranges: left to right, and bottom to top. */
  protected readonly across: [number, number];
  protected readonly up: [number, number];

  constructor({ width, height, margin = {} }: PlotFrameOptions) {
    const m = { top: 12, right: 12, bottom: 12, left: 12, ...margin };
    this.width = m.left + width + m.right;
    this.height = m.top + height + m.bottom;
    this.across = [m.left, m.left + width];
    this.up = [m.top + height, m.top];
  }

  svg(...children: string[]): string {
    return svgRoot(this.width, this.height, ...children);
  }
}

/** The visible data ranges of a graph: across, and up. */
export interface RangesOptions extends PlotFrameOptions {
  x: readonly [number, number];
  y: readonly [number, number];
}

/** A plot frame with its two d3 scales, made by `x` and `y` for the frame's pixel ranges. */
export class ScaledFrame<X, Y> extends PlotFrame {
  readonly x: X;
  readonly y: Y;

  constructor(options: PlotFrameOptions, x: (range: [number, number]) => X, y: (range: [number, number]) => Y) {
    super(options);
    this.x = x(this.across);
    this.y = y(this.up);
  }
}

/** An SVG path through pixel points, to a hundredth of a pixel. */
export const pixelPath = line().digits(2);
