/**
 * Where the 2-2-2 network's units and weights sit, in pixels: shared by the stepper and by the
 * page's figure of the same network, so the picture on the page is the widget's picture.
 */
import type { EdgeId, NodeId } from './steps.ts';

export const NET_WIDTH = 340;
export const NET_HEIGHT = 250;
export const NODE_RADIUS = 19;

export interface NetNode {
  id: NodeId;
  at: readonly [number, number];
  label: string;
  /** What the node stands for, for the text alternative. */
  description: string;
}

export const NODES: readonly NetNode[] = [
  { id: 'x1', at: [34, 70], label: 'x₁', description: 'input x₁' },
  { id: 'x2', at: [34, 180], label: 'x₂', description: 'input x₂' },
  { id: 'h1', at: [152, 70], label: 'h₁', description: 'hidden unit h₁' },
  { id: 'h2', at: [152, 180], label: 'h₂', description: 'hidden unit h₂' },
  { id: 'o1', at: [266, 70], label: 'o₁', description: 'output unit o₁' },
  { id: 'o2', at: [266, 180], label: 'o₂', description: 'output unit o₂' },
  { id: 'E', at: [322, 125], label: 'E', description: 'the error E' },
];

export interface NetEdge {
  id: EdgeId;
  from: NodeId;
  to: NodeId;
  /** The weight's name on the diagram (none for the edges into E). */
  label: string;
  /** Where along the edge the label sits (0 at `from`, 1 at `to`), clear of the crossing. */
  labelAt: number;
}

export const EDGES: readonly NetEdge[] = [
  { id: 'w1', from: 'x1', to: 'h1', label: 'w₁', labelAt: 0.5 },
  { id: 'w2', from: 'x2', to: 'h1', label: 'w₂', labelAt: 0.2 },
  { id: 'w3', from: 'x1', to: 'h2', label: 'w₃', labelAt: 0.2 },
  { id: 'w4', from: 'x2', to: 'h2', label: 'w₄', labelAt: 0.5 },
  { id: 'w5', from: 'h1', to: 'o1', label: 'w₅', labelAt: 0.5 },
  { id: 'w6', from: 'h2', to: 'o1', label: 'w₆', labelAt: 0.2 },
  { id: 'w7', from: 'h1', to: 'o2', label: 'w₇', labelAt: 0.2 },
  { id: 'w8', from: 'h2', to: 'o2', label: 'w₈', labelAt: 0.5 },
  { id: 'eo1', from: 'o1', to: 'E', label: '', labelAt: 0.5 },
  { id: 'eo2', from: 'o2', to: 'E', label: '', labelAt: 0.5 },
];

export const nodeById = (id: NodeId): NetNode => NODES.find((n) => n.id === id)!;

/** The ends of an edge, on the circles' outlines rather than at their centres. */
export function edgeEnds(edge: NetEdge, radius = NODE_RADIUS, errorRadius = 14): [readonly [number, number], readonly [number, number]] {
  const [a, b] = [nodeById(edge.from).at, nodeById(edge.to).at];
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const [ux, uy] = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
  const endRadius = edge.to === 'E' ? errorRadius : radius;
  return [
    [a[0] + ux * radius, a[1] + uy * radius],
    [b[0] - ux * endRadius, b[1] - uy * endRadius],
  ];
}

/** Where an edge's label goes: along the edge at labelAt, pushed off it (above for a level edge). */
export function edgeLabelAt(edge: NetEdge): readonly [number, number] {
  const [start, end] = edgeEnds(edge);
  const t = edge.labelAt;
  const along = [start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t];
  const length = Math.hypot(end[0] - start[0], end[1] - start[1]);
  // Left of the direction of travel on a y-down screen: (uy, −ux).
  const [ox, oy] = [(end[1] - start[1]) / length, -(end[0] - start[0]) / length];
  return [along[0] + ox * 9, along[1] + oy * 9 + 4];
}
