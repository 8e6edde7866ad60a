/**
 * The figure modules, docs/figures/<page>.ts, whose default export maps keys to figures (see
 * figures/figure.ts) drawn by lib/ when the site builds. Every figure is checked as it loads, so a
 * broken one fails the build the way a TeX error does: a missing caption or text alternative,
 * markup that is not well-formed, a NaN or an infinity anywhere in the drawing.
 */
import { checkSvg } from './figures/check-svg.ts';
import type { Figures } from './figures/figure.ts';
import { PageModules } from './page-modules.ts';

/** A figure's key: it becomes part of an HTML id ("figure-gates"). */
export const FIGURE_KEY = /^[A-Za-z][\w-]*$/;

export function figureModules(dir: string): PageModules<Figures> {
  return new PageModules('figures', dir, checkFigures);
}

export function checkFigures(value: unknown, file: string): Figures {
  if (!isRecord(value)) throw new Error(`figures: ${file} must export default a record of figures, { key: { svg, caption, alt } }`);
  for (const [key, figure] of Object.entries(value)) {
    const fail = (problem: string) => new Error(`figures: ${file}, figure "${key}": ${problem}`);
    if (!FIGURE_KEY.test(key)) throw fail('a key is a letter followed by letters, digits, "_" or "-"');
    if (!isRecord(figure)) throw fail('expected an object { svg, caption, alt }');
    checkFigure(figure, fail);
  }
  return value as Figures;
}

function checkFigure(figure: Record<string, unknown>, fail: (problem: string) => Error): void {
  for (const field of ['caption', 'alt'] as const) {
    if (typeof figure[field] !== 'string' || figure[field].trim() === '') {
      throw fail(`${field} is missing or empty; every figure needs a caption and a plain-text alternative`);
    }
  }
  if (/[$\\<>]/.test(figure.alt as string)) {
    throw fail('alt is read aloud as plain text: write it without $…$ math, TeX or markup');
  }
  const panels = typeof figure.svg === 'string' ? [figure.svg] : figure.svg;
  if (!Array.isArray(panels) || panels.length === 0 || !panels.every((p) => typeof p === 'string')) {
    throw fail('svg must be an <svg> element as a string, or a non-empty array of them (panels)');
  }
  panels.forEach((panel: string, i) => {
    const where = panels.length > 1 ? `panel ${i + 1}: ` : '';
    try {
      checkSvg(panel);
    } catch (error) {
      throw fail(`${where}${(error as Error).message}`);
    }
    // The page gives the figure its role and accessible name from the alt text; a second would clash.
    const naming = /^<svg\b[^>]*?\s(role|aria-[\w-]+)\s*=/.exec(panel);
    if (naming) throw fail(`${where}the <svg> sets ${naming[1]}, which the page sets from the alt text; leave it out`);
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
