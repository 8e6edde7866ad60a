/**
 * Level curves f(x₁, x₂) = c of a function of two variables, traced by marching squares: f is
 * sampled on a grid, each cell whose corners lie on both sides of c gets a segment between the
 * points where the level crosses its edges (by linear interpolation), and the segments are joined
 * into polylines, so a closed curve is one path rather than hundreds of pieces.
 */
import type { Point } from '../theme/perceptron-playground/plane-geometry.ts';

export interface ContourGrid {
  /** The region sampled, [min, max] on each axis. */
  x: readonly [number, number];
  y: readonly [number, number];
  /** Cells across and up. */
  cells: readonly [number, number];
}

/**
 * The curves where f = level inside the grid's region, each a list of points in data units (a
 * closed curve ends where it starts). Where a cell's four edges are all crossed (a saddle), the
 * value at its centre decides which corners the curves cut off. Throws if f is not finite at a
 * grid point, which would draw a curve from nothing.
 */
export function levelCurves(f: (p: Point) => number, level: number, { x, y, cells }: ContourGrid): Point[][] {
  const [nx, ny] = cells;
  const [dx, dy] = [(x[1] - x[0]) / nx, (y[1] - y[0]) / ny];
  const node = (i: number, j: number): Point => [x[0] + i * dx, y[0] + j * dy];
  const values: number[][] = [];
  for (let i = 0; i <= nx; i++) {
    values.push([]);
    for (let j = 0; j <= ny; j++) {
      const value = f(node(i, j));
      if (!Number.isFinite(value)) throw new RangeError(`contours: f is ${value} at (${node(i, j)})`);
      values[i].push(value);
    }
  }
  const above = (i: number, j: number) => values[i][j] > level;

  // Each crossing lies on one grid edge, named by that edge, so the two cells sharing it meet there exactly.
  const crossings = new Map<string, Point>();
  const crossing = (i: number, j: number, di: number, dj: number): string | null => {
    if (above(i, j) === above(i + di, j + dj)) return null;
    const key = `${di ? 'h' : 'v'}${i},${j}`;
    if (!crossings.has(key)) {
      const t = (level - values[i][j]) / (values[i + di][j + dj] - values[i][j]);
      const [p, q] = [node(i, j), node(i + di, j + dj)];
      crossings.set(key, [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
    return key;
  };

  const segments: [string, string][] = [];
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      // Around the cell: bottom, right, top, left.
      const edges = [crossing(i, j, 1, 0), crossing(i + 1, j, 0, 1), crossing(i, j + 1, 1, 0), crossing(i, j, 0, 1)];
      const crossed = edges.filter((e): e is string => e !== null);
      if (crossed.length === 2) segments.push([crossed[0], crossed[1]]);
      else if (crossed.length === 4) {
        const [bottom, right, top, left] = crossed;
        const centre = (values[i][j] + values[i + 1][j] + values[i + 1][j + 1] + values[i][j + 1]) / 4 > level;
        // If the bottom-right corner is on the other side from the centre, cut it (and the top-left) off.
        if (above(i + 1, j) !== centre) segments.push([bottom, right], [top, left]);
        else segments.push([bottom, left], [right, top]);
      }
    }
  }

  const byEnd = new Map<string, number[]>();
  segments.forEach(([p, q], index) => {
    for (const key of [p, q]) byEnd.set(key, [...(byEnd.get(key) ?? []), index]);
  });
  const used = new Uint8Array(segments.length);
  const curves: Point[][] = [];
  for (let first = 0; first < segments.length; first++) {
    if (used[first]) continue;
    used[first] = 1;
    const keys = [...segments[first]];
    for (const atEnd of [true, false]) {
      for (;;) {
        const tip = atEnd ? keys[keys.length - 1] : keys[0];
        const next = byEnd.get(tip)!.find((index) => !used[index]);
        if (next === undefined) break;
        used[next] = 1;
        const [p, q] = segments[next];
        const other = p === tip ? q : p;
        if (atEnd) keys.push(other);
        else keys.unshift(other);
      }
    }
    curves.push(keys.map((key) => crossings.get(key)!));
  }
  return curves;
}
