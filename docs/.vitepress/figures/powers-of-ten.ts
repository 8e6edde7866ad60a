/**
 * Log axes (d3's scaleLog) in whole powers of ten: which powers a domain holds, how each is
 * written (10⁻⁴), and the vertical axis's ticks with a label at every `every`-th power, counted
 * from the top so the top end is labelled.
 */
import type { ScaleLogarithmic } from 'd3-scale';
import { el, svgText } from './element.ts';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** "10⁻⁴" for 1e-4, "1" for 1e0 and "10" for 1e1. */
export function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
}

/** The exponents of the whole powers of ten inside a scale's domain. */
export function powersIn(scale: ScaleLogarithmic<number, number>): number[] {
  const [lo, hi] = scale.domain();
  const out: number[] = [];
  for (let k = Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++) out.push(k);
  return out;
}

export const TICK = 5;

/** The ticks of a vertical log axis at pixel position `left`, labels left of them. */
export function logTicksUp(scale: ScaleLogarithmic<number, number>, left: number, every: number): string[] {
  const powers = powersIn(scale);
  const top = powers[powers.length - 1];
  return powers.map((k) => {
    const at = scale(10 ** k);
    const label = (top - k) % every === 0 ? svgText([left - TICK - 3, at + 4.5], powerOfTen(k), { class: 'fig-tick-label', 'text-anchor': 'end' }) : '';
    return el('g', {}, el('line', { x1: left - TICK, y1: at, x2: left, y2: at }), label);
  });
}
