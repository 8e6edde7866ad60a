/** An arrow: a shaft and a filled triangular head, both painted by the CSS class given. */
import { line, curveLinearClosed } from 'd3-shape';
import { el, type PixelPoint } from './element.ts';

const closedPath = line().curve(curveLinearClosed).digits(2);

/**
 * An arrow from `from` to `to` (pixels), its head `head` pixels long ending exactly at `to`.
 * Throws for an arrow with no direction, which would draw a head pointing nowhere.
 */
export function arrow(from: PixelPoint, to: PixelPoint, className: string, head = 9): string {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy);
  if (!(length > 0)) throw new RangeError(`figure: an arrow from (${from}) to (${to}) has no direction`);
  const [ux, uy] = [dx / length, dy / length];
  const base: PixelPoint = [to[0] - ux * head, to[1] - uy * head];
  const halfWidth = head * 0.45;
  const triangle: [number, number][] = [
    [to[0], to[1]],
    [base[0] - uy * halfWidth, base[1] + ux * halfWidth],
    [base[0] + uy * halfWidth, base[1] - ux * halfWidth],
  ];
  // The shaft stops inside the head, so its square end never pokes out of the tip.
  const shaftEnd: PixelPoint = length > head ? [to[0] - ux * head * 0.6, to[1] - uy * head * 0.6] : from;
  return el(
    'g',
    { class: `fig-arrow ${className}` },
    el('line', { x1: from[0], y1: from[1], x2: shaftEnd[0], y2: shaftEnd[1] }),
    el('path', { d: closedPath(triangle) ?? '' }),
  );
}
