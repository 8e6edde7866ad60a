/**
 * Node-link diagrams: neurons and networks drawn as circles (or boxes) joined by arrows, with a
 * label on each edge (a weight) and an optional note under each node (a bias).
 */
import { arrow } from './arrow.ts';
import { el, svgText, type PixelPoint } from './element.ts';

export interface DiagramNode {
  id: string;
  /** The centre, in pixels. */
  at: PixelPoint;
  label: string;
  /** Smaller text under the node. */
  note?: string;
  shape?: 'circle' | 'box';
  /** The circle's radius, or half the box's side (default 20). */
  size?: number;
  /** Extra classes, e.g. to mark the input or output nodes. */
  className?: string;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
  /** Where along the edge its label sits, 0 at `from` to 1 at `to` (default 0.5): move it off crossings. */
  labelAt?: number;
  /** Which side of the edge the label goes, seen travelling from `from` to `to` (default left). */
  labelSide?: 'left' | 'right';
}

const DEFAULT_SIZE = 20;
const LABEL_OFFSET = 10;

/** Where the ray from the node's centre in direction (ux, uy) leaves its outline. */
function exitPoint(node: DiagramNode, ux: number, uy: number): PixelPoint {
  const size = node.size ?? DEFAULT_SIZE;
  const distance = node.shape === 'box' ? size / Math.max(Math.abs(ux), Math.abs(uy)) : size;
  return [node.at[0] + ux * distance, node.at[1] + uy * distance];
}

function nodeMarkup(node: DiagramNode): string {
  const size = node.size ?? DEFAULT_SIZE;
  const [x, y] = node.at;
  const outline =
    node.shape === 'box'
      ? el('rect', { x: x - size, y: y - size, width: 2 * size, height: 2 * size, rx: 4 })
      : el('circle', { cx: x, cy: y, r: size });
  return el(
    'g',
    { class: `fig-node ${node.className ?? ''}`.trim() },
    outline,
    node.label ? svgText([x, y + 5], node.label, { class: 'fig-node-label', 'text-anchor': 'middle' }) : '',
    node.note ? svgText([x, y + size + 17], node.note, { class: 'fig-node-note', 'text-anchor': 'middle' }) : '',
  );
}

/** The diagram's marks: edges (arrows) first, then nodes over them, then edge labels over both. */
export function nodeLinkDiagram(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const find = (id: string): DiagramNode => {
    const node = byId.get(id);
    if (!node) throw new Error(`figure: an edge names the node "${id}", which the diagram does not have`);
    return node;
  };
  const arrows: string[] = [];
  const labels: string[] = [];
  for (const edge of edges) {
    const [from, to] = [find(edge.from), find(edge.to)];
    const length = Math.hypot(to.at[0] - from.at[0], to.at[1] - from.at[1]);
    const [ux, uy] = [(to.at[0] - from.at[0]) / length, (to.at[1] - from.at[1]) / length];
    const start = exitPoint(from, ux, uy);
    const end = exitPoint(to, -ux, -uy);
    arrows.push(arrow(start, end, 'fig-edge'));
    if (edge.label) {
      const t = edge.labelAt ?? 0.5;
      const side = edge.labelSide === 'right' ? -1 : 1;
      const along: PixelPoint = [start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t];
      // Left of the direction of travel, on a screen whose y axis points down, is (uy, -ux).
      const [ox, oy] = [side * uy, -side * ux];
      const at: PixelPoint = [along[0] + ox * LABEL_OFFSET, along[1] + oy * LABEL_OFFSET + 4.5];
      // Beside a steep edge the text starts (or ends) at the offset point, so it never covers the edge.
      const anchor = ox > 0.4 ? 'start' : ox < -0.4 ? 'end' : 'middle';
      labels.push(svgText(at, edge.label, { class: 'fig-edge-label', 'text-anchor': anchor }));
    }
  }
  return el('g', { class: 'fig-diagram' }, ...arrows, ...nodes.map(nodeMarkup), ...labels);
}
