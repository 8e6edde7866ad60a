/**
 * The geometry of <GradientNorms>'s chart: one bar per layer on a band scale across, the norm up on
 * a log scale (d3-scale) whose range is whole powers of ten around the values, so a norm that
 * shrinks by a constant factor per layer shows as bar tops on a straight line.
 */
import { scaleBand, scaleLog, type ScaleBand, type ScaleLogarithmic } from 'd3-scale';
import { powerOfTen } from '../../figures/powers-of-ten.ts';
import type { PlotArea } from '../widget-kit/plot-area.ts';

export interface BarChart extends PlotArea {
  x: ScaleBand<number>;
  y: ScaleLogarithmic<number, number>;
  /** Powers of ten k on the axis, and whether each gets a label. */
  ticks: { k: number; at: number; label: string | null }[];
  /** Layer numbers that get a label under their bar. */
  layerLabels: number[];
}

export function barChart(width: number, norms: readonly number[]): BarChart {
  const height = Math.round(Math.min(300, Math.max(220, width * 0.5)));
  const left = 48;
  const right = width - 10;
  const top = 14;
  const bottom = height - 40;
  const positive = norms.filter((v) => v > 0);
  let lo = Math.floor(Math.log10(Math.min(...positive)));
  let hi = Math.ceil(Math.log10(Math.max(...positive)));
  if (hi - lo < 2) {
    lo -= 1;
    hi += 1;
  }
  const y = scaleLog().domain([10 ** lo, 10 ** hi]).range([bottom, top]);
  const layers = norms.map((_, l) => l + 1);
  const x = scaleBand<number>().domain(layers).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
  const every = Math.max(1, Math.ceil((hi - lo) / Math.max(3, Math.floor((bottom - top) / 28))));
  const ticks = [];
  for (let k = lo; k <= hi; k++) ticks.push({ k, at: y(10 ** k), label: (hi - k) % every === 0 ? powerOfTen(k) : null });
  const labelEvery = Math.max(1, Math.ceil(layers.length / Math.floor((right - left) / 24)));
  const layerLabels = layers.filter((l) => l === 1 || l === layers.length || (l % labelEvery === 0 && layers.length - l >= labelEvery / 2));
  return { width, height, left, right, top, bottom, x, y, ticks, layerLabels };
}
