/**
 * Numbers written by a figure, with the same digits as the page's worked numbers (at most 6
 * significant digits, see ../format-worked-number.ts). Inside the SVG and in its text alternative
 * a negative number gets a true minus sign, as d3 prints tick labels; in a caption's TeX the
 * hyphen stays, and TeX typesets it as a minus.
 */
import { formatWorkedNumber } from '../format-worked-number.ts';

/** "−0.5", for SVG text and alt text. */
export function formatFigureNumber(value: number): string {
  return formatWorkedNumber(value).replace('-', '−');
}

/** "(1, −2)", for SVG text and alt text. */
export function formatFigureVector(v: readonly number[]): string {
  return `(${v.map(formatFigureNumber).join(', ')})`;
}

/** "(1, -2)", for $…$ in a caption. */
export function formatTexVector(v: readonly number[]): string {
  return `(${v.map(formatWorkedNumber).join(', ')})`;
}
