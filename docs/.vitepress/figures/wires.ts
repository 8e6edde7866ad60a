/**
 * Computation graphs drawn as gates and wires (the "circuit" view of CS231n): each operation is a
 * circle with its symbol, each quantity a wire between operations, with its value written above
 * the wire (forward) and its gradient below it in the gradient colour (backward).
 */
import { arrow } from './arrow.ts';
import { el, svgText, type PixelPoint } from './element.ts';

export type TextAnchor = 'start' | 'middle' | 'end';

export interface WireGate {
  at: PixelPoint;
  symbol: string;
  /** Default 17. */
  radius?: number;
}

export interface WireLabel {
  at: PixelPoint;
  text: string;
  anchor?: TextAnchor;
}

export interface Wire {
  from: PixelPoint;
  to: PixelPoint;
  /** The value carried forward, drawn in the text colour. */
  value?: WireLabel;
  /** The gradient carried backward, drawn in the gradient colour. */
  gradient?: WireLabel;
  /** A dot at `from`: the wire starts at an input of the graph rather than at a gate. */
  input?: boolean;
}

export const GATE_RADIUS = 17;

/** The point on a circle of `radius` around `centre` in the direction of `towards`. */
export function onCircle(centre: PixelPoint, towards: PixelPoint, radius = GATE_RADIUS): PixelPoint {
  const [dx, dy] = [towards[0] - centre[0], towards[1] - centre[1]];
  const length = Math.hypot(dx, dy);
  if (!(length > 0)) throw new RangeError(`figure: a wire from (${centre}) to (${towards}) has no direction`);
  return [centre[0] + (dx / length) * radius, centre[1] + (dy / length) * radius];
}

const label = ({ at, text, anchor = 'middle' }: WireLabel, className: string) =>
  svgText(at, text, { class: className, 'text-anchor': anchor });

/** Wires first, then gates over them, then every label over both (each with a halo). */
export function wireDiagram(gates: readonly WireGate[], wires: readonly Wire[]): string {
  return el(
    'g',
    { class: 'fig-diagram' },
    ...wires.map((w) => arrow(w.from, w.to, 'fig-edge')),
    ...wires.filter((w) => w.input).map((w) => el('circle', { class: 'fig-dot', cx: w.from[0], cy: w.from[1], r: 3.5 })),
    ...gates.map((g) =>
      el(
        'g',
        { class: 'fig-node' },
        el('circle', { cx: g.at[0], cy: g.at[1], r: g.radius ?? GATE_RADIUS }),
        svgText([g.at[0], g.at[1] + 5], g.symbol, { class: 'fig-node-label', 'text-anchor': 'middle' }),
      ),
    ),
    ...wires.flatMap((w) => [
      w.value ? label(w.value, 'fig-edge-label') : '',
      w.gradient ? label(w.gradient, 'fig-edge-label fig-gradient-text') : '',
    ]),
  );
}
