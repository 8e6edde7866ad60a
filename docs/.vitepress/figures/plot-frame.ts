/**
 * Where a graph's plot area sits: `width` × `height` pixels inside margins (12 on each side unless
 * given), as the pixel ranges a d3 scale maps onto. y runs up, so its range starts at the bottom.
 */
export interface PlotFrameOptions {
  /** The plot area in pixels, without the margins. */
  width: number;
  height: number;
  margin?: Partial<{ top: number; right: number; bottom: number; left: number }>;
}

export interface PlotFrame {
  /** The whole SVG's size, margins included. */
  width: number;
  height: number;
  across: [number, number];
  up: [number, number];
}

export function plotFrame({ width, height, margin = {} }: PlotFrameOptions): PlotFrame {
  const m = { top: 12, right: 12, bottom: 12, left: 12, ...margin };
  return {
    width: m.left + width + m.right,
    height: m.top + height + m.bottom,
    across: [m.left, m.left + width],
    up: [m.top + height, m.top],
  };
}
