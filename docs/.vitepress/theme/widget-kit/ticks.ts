/** The ticks d3 chooses for a scale: each value, where it is in pixels, and its label. */
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';

export interface Tick {
  value: number;
  at: number;
  label: string;
}

export function ticksOf(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((t) => ({ value: t, at: scale(t), label: format(t) }));
}

/** The powers of ten of a log scale's domain, labelled 1, 0.1, 0.01 …, at most `count` of them (every second one if needed). */
export function powersOfTenOf(scale: ScaleLogarithmic<number, number>, count: number): Tick[] {
  const [low, high] = scale.domain().map((v) => Math.round(Math.log10(v)));
  const exponents = Array.from({ length: high - low + 1 }, (_, k) => high - k);
  const step = Math.ceil(exponents.length / count);
  return exponents.filter((_, k) => k % step === 0).map((e) => ({ value: 10 ** e, at: scale(10 ** e), label: e >= -3 ? String(Number((10 ** e).toFixed(-Math.min(e, 0)))) : `1e${e}` }));
}
