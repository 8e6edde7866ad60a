/** The ticks d3 chooses for a scale: each value, where it is in pixels, and its label. */
import type { ScaleLinear } from 'd3-scale';

export interface Tick {
  value: number;
  at: number;
  label: string;
}

export function ticksOf(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((t) => ({ value: t, at: scale(t), label: format(t) }));
}
