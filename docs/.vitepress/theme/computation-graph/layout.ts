/**
 * Where everything of the graph of J = 3(a + bc) sits, in the SVG's own pixels: the three gates
 * (× makes u = bc, + makes v = a + u, ×3 makes J = 3v) and the six wires that carry a, b, c, u,
 * v and J. Each wire has a place for its value (forward, above the wire) and one for its gradient
 * ∂J/∂(wire) (backward, below it). Shared by the widget and by chapter 4's build-time figure, so
 * the picture on the page is the widget's picture. The labels are placed for the widget's longest
 * numbers (inputs from −10 to 10 in tenths): a value anchored at its end grows away from the gate.
 */

export type Point = readonly [number, number];
export type Anchor = 'start' | 'middle' | 'end';

/** The drawing's natural size; it scales down (never up) to a narrow screen. */
export const GRAPH_WIDTH = 340;
export const GRAPH_HEIGHT = 236;
export const GATE_RADIUS = 17;

export type GateId = 'u' | 'v' | 'J';
export type WireId = 'a' | 'b' | 'c' | 'u' | 'v' | 'J';

export interface GateLayout {
  id: GateId;
  at: Point;
  /** What the gate does, as drawn inside its circle. */
  symbol: string;
  /** The gate in words, for screen readers and the table. */
  formula: string;
}

export interface WireLayout {
  id: WireId;
  /** Where the wire starts: an input's end, or the gate that computes it. */
  from: Point;
  /** Where its arrow head ends: on the circle of the gate that uses it, or past the last gate. */
  to: Point;
  /** The gate that uses it (none for J, the output). */
  consumer: GateId | null;
  valueAt: Point;
  valueAnchor: Anchor;
  gradientAt: Point;
  gradientAnchor: Anchor;
}

export const GATES: readonly GateLayout[] = [
  { id: 'u', at: [112, 168], symbol: '×', formula: 'u = b × c' },
  { id: 'v', at: [196, 104], symbol: '+', formula: 'v = a + u' },
  { id: 'J', at: [268, 48], symbol: '×3', formula: 'J = 3 × v' },
];

const gate = (id: GateId): Point => GATES.find((g) => g.id === id)!.at;

/** The point of a gate's circle in the direction of `towards` (a wire ends or starts there). */
function onCircle(centre: Point, towards: Point): Point {
  const [dx, dy] = [towards[0] - centre[0], towards[1] - centre[1]];
  const length = Math.hypot(dx, dy);
  return [centre[0] + (dx / length) * GATE_RADIUS, centre[1] + (dy / length) * GATE_RADIUS];
}

/** A wire from `start` (a free end, or a gate's centre when `fromGate`) to the gate `to`. */
function wire(id: WireId, start: Point, fromGate: boolean, to: GateId | null, end: Point, labels: Omit<WireLayout, 'id' | 'from' | 'to' | 'consumer'>): WireLayout {
  const target = to ? gate(to) : end;
  return {
    id,
    from: fromGate ? onCircle(start, target) : start,
    to: to ? onCircle(target, start) : end,
    consumer: to,
    ...labels,
  };
}

/**
 * The inputs come in from the left, the output leaves on the right, and the gates climb from
 * bottom left to top right so that every wire is long enough for its two numbers.
 */
export const WIRES: readonly WireLayout[] = [
  wire('a', [8, 104], false, 'v', [0, 0], {
    valueAt: [72, 94],
    valueAnchor: 'middle',
    gradientAt: [36, 123],
    gradientAnchor: 'middle',
  }),
  wire('b', [8, 148], false, 'u', [0, 0], {
    valueAt: [44, 143],
    valueAnchor: 'middle',
    gradientAt: [58, 178],
    gradientAnchor: 'middle',
  }),
  wire('c', [8, 222], false, 'u', [0, 0], {
    valueAt: [40, 196],
    valueAnchor: 'middle',
    gradientAt: [72, 226],
    gradientAnchor: 'middle',
  }),
  wire('u', gate('u'), true, 'v', [0, 0], {
    valueAt: [150, 131],
    valueAnchor: 'end',
    gradientAt: [162, 154],
    gradientAnchor: 'start',
  }),
  wire('v', gate('v'), true, 'J', [0, 0], {
    valueAt: [224, 66],
    valueAnchor: 'end',
    gradientAt: [238, 92],
    gradientAnchor: 'start',
  }),
  wire('J', gate('J'), true, null, [334, 48], {
    valueAt: [334, 22],
    valueAnchor: 'end',
    gradientAt: [310, 66],
    gradientAnchor: 'middle',
  }),
];
