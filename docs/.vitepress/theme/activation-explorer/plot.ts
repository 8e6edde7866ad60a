/**
 * Drawing helpers of the activation explorer: sampling a function of lib into pieces that never
 * join across a jump, the one-sided limits and the value at each jump (for the open circles and
 * the filled dot), the value range a panel must show, and the pixel layout of the two panels with
 * d3 scales and paths. Loaded with the widget only (its chunk carries d3), never on first load.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export type Sample = readonly [z: number, y: number];

/** Where a function jumps: its limits from the left and the right, and its value exactly there. */
export interface Jump {
  z: number;
  left: number;
  right: number;
  value: number;
}

export interface SampledCurve {
  /** Continuous pieces, in order of z; a jump ends one piece and starts the next. */
  pieces: Sample[][];
  jumps: Jump[];
}

/** How far from a break the one-sided limits are read: far below any visible distance. */
const SIDE = 1e-9;
/** The number of intervals the z range is sampled with (a point every 0.025 over −5 … 5). */
const INTERVALS = 400;

const differ = (a: number, b: number) => Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * f sampled over [lo, hi]. Every break inside the range is sampled exactly (a corner stays
 * sharp); where f jumps at a break, the piece on the left ends at the left limit, the next starts
 * at the right limit, and the jump is reported with f's own value there.
 */
export function sampleCurve(f: (z: number) => number, breaks: readonly number[], lo: number, hi: number): SampledCurve {
  const inside = breaksInside(breaks, lo, hi);
  const jumps: Jump[] = [];
  for (const z of inside) {
    const left = f(z - SIDE);
    const right = f(z + SIDE);
    if (differ(left, right)) jumps.push({ z, left, right, value: f(z) });
  }

  const pieces: Sample[][] = [[]];
  for (const z of sampleGrid(inside, lo, hi)) {
    const jump = jumps.find((j) => j.z === z);
    if (jump) {
      pieces[pieces.length - 1].push([z, jump.left]);
      pieces.push([[z, jump.right]]);
    } else {
      pieces[pieces.length - 1].push([z, f(z)]);
    }
  }
  return { pieces, jumps };
}

const breaksInside = (breaks: readonly number[], lo: number, hi: number) => breaks.filter((b) => b > lo && b < hi).sort((a, b) => a - b);

/** The z a curve is drawn through, in order: evenly spaced, and every break inside the range. */
function sampleGrid(inside: readonly number[], lo: number, hi: number): number[] {
  const zs = new Set<number>(inside);
  for (let i = 0; i <= INTERVALS; i++) zs.add(lo + ((hi - lo) * i) / INTERVALS);
  return [...zs].sort((a, b) => a - b);
}

/**
 * Every z sampleCurve evaluates f at over [lo, hi]: its grid, and either side of each break. The
 * learner's functions run in a worker, so the widget has them evaluated at these z in one go.
 */
export function sampledZs(breaks: readonly number[], lo: number, hi: number): number[] {
  const inside = breaksInside(breaks, lo, hi);
  return [...sampleGrid(inside, lo, hi), ...inside.flatMap((z) => [z - SIDE, z + SIDE])];
}

/** The ends of a jump that f does not take (open circles); f's value is the filled dot. */
export function openEnds(jump: Jump): number[] {
  return [jump.left, jump.right].filter((limit) => differ(limit, jump.value));
}

/**
 * The values a panel must show: every sample of every function given (one per α the slider can
 * reach, so the axis stays put while α moves), with 0 and 1 always in view, and a margin of 5%
 * so no curve runs along the frame.
 */
export function valueDomain(curves: readonly SampledCurve[]): [number, number] {
  let lo = 0;
  let hi = 1;
  for (const { pieces, jumps } of curves) {
    for (const piece of pieces) for (const [, y] of piece) if (Number.isFinite(y)) [lo, hi] = [Math.min(lo, y), Math.max(hi, y)];
    for (const j of jumps) [lo, hi] = [Math.min(lo, j.value), Math.max(hi, j.value)];
  }
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

export interface Panel {
  /** Top edge of the plotting area, in pixels from the top of the SVG. */
  top: number;
  height: number;
  y: ScaleLinear<number, number>;
}

export interface Layout {
  width: number;
  height: number;
  left: number;
  right: number;
  x: ScaleLinear<number, number>;
  /** About how many z ticks fit. */
  zTicks: number;
  fn: Panel;
  slope: Panel;
}

const MARGIN = { top: 22, right: 12, bottom: 40, left: 44, gap: 44 };

/**
 * Two panels over the same z axis, the function above its derivative, for an SVG `width` pixels
 * wide (its viewBox is drawn one unit per CSS pixel, so text keeps its size on a phone).
 */
export function layout(width: number, zDomain: [number, number], fnDomain: [number, number], slopeDomain: [number, number]): Layout {
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const fnHeight = Math.round(Math.min(230, Math.max(150, width * 0.42)));
  const slopeHeight = Math.round(fnHeight * 0.62);
  const fnTop = MARGIN.top;
  const slopeTop = fnTop + fnHeight + MARGIN.gap;
  const panel = (top: number, height: number, domain: [number, number]): Panel => ({
    top,
    height,
    y: scaleLinear().domain(domain).range([top + height, top]),
  });
  return {
    width,
    height: slopeTop + slopeHeight + MARGIN.bottom,
    left,
    right,
    x: scaleLinear().domain(zDomain).range([left, right]),
    zTicks: Math.max(4, Math.min(10, Math.floor((right - left) / 48))),
    fn: panel(fnTop, fnHeight, fnDomain),
    slope: panel(slopeTop, slopeHeight, slopeDomain),
  };
}

/** The SVG path of a sampled curve: one subpath per piece, so a jump is never drawn as a line. */
export function curvePath(curve: SampledCurve, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const draw = line<Sample>()
    .defined(([z, v]) => Number.isFinite(z) && Number.isFinite(v))
    .x(([z]) => x(z))
    .y(([, v]) => y(v));
  return curve.pieces.map((piece) => draw(piece) ?? '').join('');
}

/** The tangent y = g(z₀) + g′(z₀)(z − z₀) across the whole z range, as two pixel points. */
export function tangentEnds(z0: number, g0: number, slope: number, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) {
  const [lo, hi] = x.domain();
  return { x1: x(lo), y1: y(g0 + slope * (lo - z0)), x2: x(hi), y2: y(g0 + slope * (hi - z0)) };
}
