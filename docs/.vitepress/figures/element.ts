/**
 * SVG markup as strings: every figure is built from el(), so attribute values are escaped and
 * every number is checked and rounded in one place.
 */
import { escapeXml } from './escape.ts';

/** A position in the SVG's own pixels (x to the right, y down), as opposed to a plot's data units. */
export type PixelPoint = readonly [number, number];

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/**
 * A number as an attribute value, to 2 decimals (a hundredth of a pixel is below what any screen
 * shows). A NaN or an infinity is a bug in the figure, so it throws here, naming the attribute,
 * rather than drawing nothing.
 */
export function svgNumber(value: number, what = 'a number'): string {
  if (!Number.isFinite(value)) throw new RangeError(`figure: ${what} is ${value}, not a finite number`);
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** `<tag attributes>children</tag>`; children are markup. Undefined attributes are left out. */
export function el(tag: string, attributes: Attributes = {}, ...children: string[]): string {
  let attributeText = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    const text = typeof value === 'number' ? svgNumber(value, `<${tag}> ${name}`) : escapeXml(value);
    attributeText += ` ${name}="${text}"`;
  }
  return children.length > 0 ? `<${tag}${attributeText}>${children.join('')}</${tag}>` : `<${tag}${attributeText}/>`;
}

/** A <text> element at `at`; `content` is plain text (escaped here). */
export function svgText(at: PixelPoint, content: string, attributes: Attributes = {}): string {
  return el('text', { x: at[0], y: at[1], ...attributes }, escapeXml(content));
}

/**
 * The root of a figure: width and height in pixels are its natural size, and the viewBox lets the
 * page's CSS scale it down to a narrow screen (max-width: 100%, height: auto).
 */
export function svgRoot(width: number, height: number, ...children: string[]): string {
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'fig', width, height, viewBox: `0 0 ${svgNumber(width)} ${svgNumber(height)}` },
    ...children,
  );
}
