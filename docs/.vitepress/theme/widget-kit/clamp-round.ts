/**
 * A value clamped to [lo, hi] and rounded to `places` decimals, never −0: what a slider or a typed
 * field sets, so steps of 0.1 add up to 0.3, not 0.30000000000000004.
 */
export function clampRound(value: number, lo: number, hi: number, places: number): number {
  const scale = 10 ** places;
  const rounded = Math.round(Math.min(hi, Math.max(lo, value)) * scale) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}
