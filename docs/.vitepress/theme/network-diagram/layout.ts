/**
 * Where the network-diagram widget draws things: one column of boxes per layer (the inputs
 * first), and an edge for every weight whose width grows with the weight's size (a d3 scale).
 * Computed once from the network's sizes and weights, which never change.
 */
import { scaleLinear } from 'd3-scale';
import { NETWORK, SIZES } from './network.ts';

export type Point = readonly [number, number];

export const WIDTH = 400;
export const NODE_WIDTH = 62;
export const NODE_HEIGHT = 38;
const COLUMNS = [35, 145, 255, 365];
const TOP = 52;
const SPACING = 50;

export interface NodePlace {
  layer: number; // 0 for the inputs
  unit: number; // 0-based
  at: Point; // the centre
}

export interface EdgePlace {
  layer: number; // the layer the weight belongs to (1-based)
  from: Point;
  to: Point;
  weight: number;
  width: number;
}

const rows = Math.max(...SIZES);
const centreY = TOP + ((rows - 1) * SPACING) / 2;
export const HEIGHT = TOP + (rows - 1) * SPACING + NODE_HEIGHT / 2 + 12;

export const NODES: readonly NodePlace[] = SIZES.flatMap((count, layer) =>
  Array.from({ length: count }, (_, unit) => ({ layer, unit, at: [COLUMNS[layer], centreY + (unit - (count - 1) / 2) * SPACING] as Point })),
);

export const COLUMN_X: readonly number[] = COLUMNS.slice(0, SIZES.length);
export const HEADER_Y = 18;

const place = (layer: number, unit: number) => NODES.find((n) => n.layer === layer && n.unit === unit)!.at;
const largest = Math.max(...NETWORK.layers.flatMap((layer) => layer.W.flat().map(Math.abs)));
/** Edge width in pixels from |weight|: thin for small weights, thick for the largest. */
const edgeWidth = scaleLinear().domain([0, largest]).range([0.75, 4.5]);

export const EDGES: readonly EdgePlace[] = NETWORK.layers.flatMap((layer, i) =>
  layer.W.flatMap((row, j) =>
    row.map((weight, k) => {
      const [from, to] = [place(i, k), place(i + 1, j)];
      return {
        layer: i + 1,
        from: [from[0] + NODE_WIDTH / 2, from[1]] as Point,
        to: [to[0] - NODE_WIDTH / 2, to[1]] as Point,
        weight,
        width: Math.round(edgeWidth(Math.abs(weight)) * 100) / 100,
      };
    }),
  ),
);

/** How strongly a unit's box is tinted: its activation, from 0 (none) to 1 and above (the most). */
export const tint = scaleLinear().domain([0, 1]).range([0, 0.45]).clamp(true);
