/**
 * KaTeX's output, checked directly for what axe would check there (runAxe sets it aside, see
 * axe.ts). In the visual rendering: every glyph stands out from its background at 4.5:1 (WCAG
 * 1.4.3), in light and in dark mode; nothing in it can take focus, as it is aria-hidden (what axe's
 * aria-hidden-focus asks); and no span fixes its text spacing with an inline !important (what
 * axe's avoid-inline-spacing asks). In the MathML: nothing that axe's serious and critical rules
 * look at, so that axe could have found nothing there. A few thousand computed styles and
 * attributes, not axe's map of the page.
 */
import type { Page } from 'playwright-core';

/** WCAG 2.1, 1.4.3: text. Applied to every glyph, large or not: the site's math has one colour per mode. */
const TEXT_CONTRAST = 4.5;

/** The math glyphs below 4.5:1 against their background, as "formula: glyph at r:1" (one line per formula and colour pair). */
export function lowContrastMath(page: Page): Promise<string[]> {
  return page.evaluate((needed) => {
    const parse = (color: string): number[] | null => {
      const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/.exec(color);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    /** The opaque colour behind an element: its nearest ancestor's background that is not transparent, over white. */
    const backgrounds = new Map<Element, number[]>();
    const backgroundOf = (element: Element | null): number[] => {
      if (!element) return [255, 255, 255];
      const known = backgrounds.get(element);
      if (known) return known;
      const own = parse(getComputedStyle(element).backgroundColor);
      const behind = own && own[3] === 1 ? own.slice(0, 3) : backgroundOf(element.parentElement);
      const seen = own && own[3] > 0 && own[3] < 1 ? own.slice(0, 3).map((c, i) => c * own[3] + behind[i] * (1 - own[3])) : behind;
      backgrounds.set(element, seen);
      return seen;
    };
    const weak = new Set<string>();
    for (const math of Array.from(document.querySelectorAll('.katex'))) {
      const tex = (math.querySelector('annotation')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      // The elements that draw text: those with a text node of their own.
      const glyphs = Array.from(math.querySelectorAll('.katex-html *')).filter((e) =>
        Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
      );
      for (const glyph of glyphs) {
        const style = getComputedStyle(glyph);
        if (style.visibility !== 'visible' || style.display === 'none') continue;
        const color = parse(style.color);
        if (!color) continue;
        const background = backgroundOf(glyph);
        const alpha = color[3] * Number(style.opacity);
        const seen = color.slice(0, 3).map((c, i) => c * alpha + background[i] * (1 - alpha));
        const [a, b] = [luminance(seen), luminance(background)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < needed) weak.add(`${tex}: ${style.color} on rgb(${background.map(Math.round).join(', ')}) at ${ratio.toFixed(2)}:1, needs ${needed}:1`);
      }
    }
    return [...weak];
  }, TEXT_CONTRAST);
}

/**
 * What in KaTeX's aria-hidden rendering can take focus, or fixes its text spacing with an inline
 * !important; what in its MathML an axe rule would look at: an element MathML has not (an image,
 * a link, a field), or a role, aria-*, id, lang, tabindex, href, accesskey or
 * contenteditable attribute.
 */
export function mathRenderingFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // By name, not namespace: inside <mi>, <mo>, <mn>, <ms> and <mtext> the HTML parser puts the
    // children (KaTeX's \underbrace label, say) in the HTML namespace.
    const MATHML = new Set(
      'math semantics annotation annotation-xml mrow mi mn mo ms mtext mspace msup msub msubsup munder mover munderover mfrac msqrt mroot mstyle mpadded mphantom menclose mtable mtr mtd mlabeledtr mglyph merror maction mmultiscripts mprescripts none'.split(' '),
    );
    const texOf = (e: Element) => (e.closest('.katex')?.querySelector('annotation')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const focusable = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable]:not([contenteditable="false"])';
    for (const element of Array.from(document.querySelectorAll(`.katex-html :is(${focusable})`))) {
      if (!(element as HTMLInputElement).disabled) found.push(`${texOf(element)}: <${element.tagName.toLowerCase()}> can take focus inside the aria-hidden rendering`);
    }
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('.katex-html [style]'))) {
      for (const property of ['letter-spacing', 'word-spacing', 'line-height']) {
        if (element.style.getPropertyPriority(property) === 'important') found.push(`${texOf(element)}: an inline ${property} !important`);
      }
    }
    for (const element of Array.from(document.querySelectorAll('.katex-mathml *'))) {
      const tag = `<${element.tagName.toLowerCase()}>`;
      if (!MATHML.has(element.localName)) found.push(`${texOf(element)}: ${tag} in the MathML is not MathML`);
      const checked = Array.from(element.attributes).filter((a) => /^(role|aria-.*|id|lang|xml:lang|tabindex|href|accesskey|contenteditable)$/i.test(a.name));
      if (checked.length > 0) found.push(`${texOf(element)}: ${tag} in the MathML has ${checked.map((a) => `${a.name}="${a.value}"`).join(' ')}`);
    }
    return found;
  });
}
