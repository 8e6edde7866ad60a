/**
 * Whether a figure's SVG is fit to print: well-formed XML with a single <svg> root that has a
 * viewBox (so it can scale), and no NaN or infinity anywhere (a coordinate computed from nothing).
 * The browser would silently draw a broken figure; the build throws instead.
 *
 * The checker covers the XML that figures are made of (elements, quoted attributes, text, entities
 * and comments), not the whole of XML: a DOCTYPE, CDATA or processing instruction is rejected.
 */

const NAME = '[A-Za-z_][\\w:.-]*';
// One token at a time, anchored where the previous one ended (the sticky flag).
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->` + // a comment
    `|</(${NAME})\\s*>` + // 1: a closing tag
    `|<(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>` + // 2: an opening tag, 3: its attributes, 4: "/" if it closes itself
    `|([^<]+)`, // 5: text
  'y',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, 'g');
const BAD_AMPERSAND = /&(?!(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);)/;
const NOT_FINITE = /\bNaN\b|Infinity/;

/** Throws an Error saying what is wrong and where, or returns when the SVG is fit to print. */
export function checkSvg(svg: string): void {
  const notFinite = NOT_FINITE.exec(svg);
  if (notFinite) throw new Error(`the SVG contains ${notFinite[0]} ${near(svg, notFinite.index)}`);
  const open: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < svg.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(svg);
    if (!token) throw new Error(`the SVG is not well-formed: cannot read the markup ${near(svg, at)}`);
    const [, closing, opening, attributes, selfClosing, text] = token;
    if (text !== undefined) {
      if (open.length === 0 && text.trim() !== '') throw new Error(`the SVG has text outside its root element ${near(svg, at)}`);
      if (BAD_AMPERSAND.test(text)) throw new Error(`the SVG has a bare "&" (write &amp;) ${near(svg, at)}`);
    } else if (closing !== undefined) {
      const expected = open.pop();
      if (closing !== expected) {
        throw new Error(`the SVG is not well-formed: </${closing}> closes ${expected ? `<${expected}>` : 'nothing'} ${near(svg, at)}`);
      }
    } else if (opening !== undefined) {
      if (open.length === 0) {
        roots++;
        if (roots > 1) throw new Error(`the SVG has more than one root element ${near(svg, at)}`);
        if (opening !== 'svg') throw new Error(`the root element is <${opening}>, not <svg>`);
        checkViewBox(attributes);
      }
      checkAttributes(opening, attributes, svg, at);
      if (!selfClosing) open.push(opening);
    }
  }
  if (open.length > 0) throw new Error(`the SVG is not well-formed: <${open.at(-1)}> is never closed`);
  if (roots === 0) throw new Error('the SVG is empty: expected an <svg> element');
}

function checkAttributes(tag: string, attributes: string, svg: string, at: number): void {
  const seen = new Set<string>();
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    if (seen.has(name)) throw new Error(`<${tag}> has the attribute ${name} twice ${near(svg, at)}`);
    seen.add(name);
    if (BAD_AMPERSAND.test(value)) throw new Error(`<${tag}> ${name} has a bare "&" (write &amp;) ${near(svg, at)}`);
  }
}

function checkViewBox(attributes: string): void {
  const viewBox = /\sviewBox\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
  const numbers = viewBox?.trim().split(/[\s,]+/).map(Number) ?? [];
  if (numbers.length !== 4 || !numbers.every(Number.isFinite) || numbers[2] <= 0 || numbers[3] <= 0) {
    throw new Error(`the <svg> root needs viewBox="x y width height" with a positive width and height (so it can scale), got ${viewBox === undefined ? 'none' : `"${viewBox}"`}`);
  }
}

/** `near "…<line x1="NaN"…"`: the markup around a position, for an error message. */
function near(svg: string, index: number): string {
  const start = Math.max(0, index - 30);
  return `near "${start > 0 ? '…' : ''}${svg.slice(start, index + 50)}${index + 50 < svg.length ? '…' : ''}"`;
}
