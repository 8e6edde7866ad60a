/** Angle marks: a wedge for an angle θ between two directions, and the square of a right angle. */
import { arc, line } from 'd3-shape';
import { el, type PixelPoint } from './element.ts';

/**
 * The wedge at `center` from direction `from` to direction `to`, both in radians measured
 * counter-clockwise from the x-axis with y pointing up (the convention of the plot, not of the
 * screen), sweeping the smaller way round.
 */
export function angleWedge(center: PixelPoint, from: number, to: number, radius: number, className: string): string {
  let sweep = to - from;
  sweep = Math.atan2(Math.sin(sweep), Math.cos(sweep)); // into (-π, π]: the smaller way round
  // d3's arc measures clockwise from 12 o'clock on screen: a plot angle φ is d3's π/2 - φ.
  const path = arc().digits(2)({ innerRadius: 0, outerRadius: radius, startAngle: Math.PI / 2 - from, endAngle: Math.PI / 2 - (from + sweep) });
  return el('path', { class: className, d: path ?? '', transform: `translate(${center[0]} ${center[1]})` });
}

/** Where to write the name of the angle of angleWedge: on its bisector, `distance` from the centre. */
export function angleLabelPosition(center: PixelPoint, from: number, to: number, distance: number): PixelPoint {
  const sweep = Math.atan2(Math.sin(to - from), Math.cos(to - from));
  const middle = from + sweep / 2;
  return [center[0] + distance * Math.cos(middle), center[1] - distance * Math.sin(middle)];
}

/** The small square that marks a right angle at `corner` between two perpendicular pixel directions. */
export function rightAngleMark(corner: PixelPoint, alongFirst: PixelPoint, alongSecond: PixelPoint, size = 9): string {
  const unit = ([x, y]: PixelPoint): PixelPoint => [x / Math.hypot(x, y), y / Math.hypot(x, y)];
  const [u, v] = [unit(alongFirst), unit(alongSecond)];
  const corners: [number, number][] = [
    [corner[0] + u[0] * size, corner[1] + u[1] * size],
    [corner[0] + (u[0] + v[0]) * size, corner[1] + (u[1] + v[1]) * size],
    [corner[0] + v[0] * size, corner[1] + v[1] * size],
  ];
  return el('path', { class: 'fig-right-angle', d: line().digits(2)(corners) ?? '' });
}
