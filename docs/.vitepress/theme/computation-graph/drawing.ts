/**
 * Drawing helpers of the computation-graph widget: the triangular head at the end of a wire,
 * the same shape as the figure kit's arrows (docs/.vitepress/figures/arrow.ts), as a path.
 */
import type { Point } from './layout.ts';

/** The head of an arrow from `from` to `to`, `head` pixels long with its tip exactly at `to`. */
export function arrowHead(from: Point, to: Point, head = 9): string {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy);
  const [ux, uy] = [dx / length, dy / length];
  const [bx, by] = [to[0] - ux * head, to[1] - uy * head];
  const half = head * 0.45;
  const r = (n: number) => Math.round(n * 100) / 100;
  return `M${r(to[0])},${r(to[1])}L${r(bx - uy * half)},${r(by + ux * half)}L${r(bx + uy * half)},${r(by - ux * half)}Z`;
}

/** Where the wire's line stops, inside its head, so the line's square end never pokes out of the tip. */
export function shaftEnd(from: Point, to: Point, head = 9): Point {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy);
  return [to[0] - (dx / length) * head * 0.6, to[1] - (dy / length) * head * 0.6];
}
