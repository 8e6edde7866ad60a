/**
 * Plane geometry for the perceptron playground: where the decision line w1 x1 + w2 x2 + b = 0
 * crosses the visible square, which part of the square is on its positive side, and whether any
 * line at all separates two sets of points (so the widget can say why training failed).
 */

export type Point = readonly [number, number];

/** w · p + b: positive on the side where the perceptron outputs 1. */
const side = (w: Point, b: number, p: Point): number => w[0] * p[0] + w[1] * p[1] + b;

/** The corners of the square [lo, hi]², counter-clockwise. */
export function square(lo: number, hi: number): Point[] {
  return [[lo, lo], [hi, lo], [hi, hi], [lo, hi]];
}

/**
 * The part of a convex polygon where w · p + b > 0 (Sutherland-Hodgman against one edge).
 * Empty when the whole polygon is on the other side, the polygon itself when it is all positive.
 */
export function positivePart(polygon: readonly Point[], w: Point, b: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i];
    const q = polygon[(i + 1) % polygon.length];
    const sp = side(w, b, p);
    const sq = side(w, b, q);
    if (sp > 0) out.push(p);
    if ((sp > 0) !== (sq > 0) && sp !== sq) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** The piece of the line w · p + b = 0 inside the convex polygon, or null if it misses it. */
export function lineInside(polygon: readonly Point[], w: Point, b: number): [Point, Point] | null {
  if (w[0] === 0 && w[1] === 0) return null; // no line: the output is the same everywhere
  const crossings: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i];
    const q = polygon[(i + 1) % polygon.length];
    const sp = side(w, b, p);
    const sq = side(w, b, q);
    if (sp === 0) crossings.push(p);
    else if (sp * sq < 0) {
      const t = sp / (sp - sq);
      crossings.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  if (crossings.length < 2) return null;
  // Through a corner the same point can be found twice; the two farthest apart are the ends.
  let best: [Point, Point] = [crossings[0], crossings[1]];
  let bestDistance = -1;
  for (const p of crossings) {
    for (const q of crossings) {
      const d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
      if (d > bestDistance) [best, bestDistance] = [[p, q], d];
    }
  }
  return bestDistance > 0 ? best : null;
}

/**
 * Whether some line has every `positive` point strictly on one side and every `negative` point
 * on the other: exactly when the perceptron can classify them all.
 *
 * For a unit normal n, the gap min over positives of n · p minus max over negatives of n · q is
 * a continuous function of n's angle, made of pieces n · (p - q). Its maximum is where one piece
 * peaks (n parallel to p - q) or where the pieces change (n perpendicular to the difference of
 * two points of one set). Checking those normals, O(n²) of them at O(n) each, is therefore exact.
 */
export function isLinearlySeparable(positive: readonly Point[], negative: readonly Point[]): boolean {
  if (positive.length === 0 || negative.length === 0) return true;
  const all = [...positive, ...negative];
  const scale = Math.max(1, ...all.map((p) => Math.max(Math.abs(p[0]), Math.abs(p[1]))));
  const gap = (n: Point): number => {
    let lowestPositive = Infinity;
    let highestNegative = -Infinity;
    for (const p of positive) lowestPositive = Math.min(lowestPositive, n[0] * p[0] + n[1] * p[1]);
    for (const q of negative) highestNegative = Math.max(highestNegative, n[0] * q[0] + n[1] * q[1]);
    return lowestPositive - highestNegative;
  };
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const dx = all[j][0] - all[i][0];
      const dy = all[j][1] - all[i][1];
      const length = Math.hypot(dx, dy);
      if (length === 0) continue;
      const [ux, uy] = [dx / length, dy / length];
      const normals: Point[] = [[ux, uy], [-ux, -uy], [-uy, ux], [uy, -ux]];
      if (normals.some((n) => gap(n) > 1e-9 * scale)) return true;
    }
  }
  return false;
}
