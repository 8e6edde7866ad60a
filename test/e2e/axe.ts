/**
 * axe-core on an open page, with KaTeX's output set aside while it runs.
 *
 * A chapter page has some 30,000 elements, nine tenths of them KaTeX's, and axe's cost follows the
 * element count: before its colour rules check a single text it maps every element of the page
 * (style, box, stacking order). KaTeX writes each formula twice, and axe has nothing to find in
 * either copy that is not checked more cheaply elsewhere:
 * - the visual rendering (`.katex-html`, two thirds of the page) is aria-hidden (readers get the
 *   MathML), and the only axe rule that reaches inside it is color-contrast; aria-hidden-focus
 *   looks in it for anything focusable. So each line of math (`.katex-html > .base`) keeps its box
 *   (its width fixed, its strut still giving its height and depth) but not the spans inside, and
 *   math-rendering.ts checks what axe would have checked there: the glyphs' contrast, nothing
 *   focusable, no fixed text spacing. The page's layout stays within a pixel per equation
 *   (display math that scrolls on a phone still scrolls).
 * - the MathML (`.katex-mathml`, a quarter of the page) is what a screen reader reads, clipped to
 *   nothing on screen, so axe's colour rules skip it; its other serious and critical rules look at
 *   roles, aria-* attributes, ids, lang, links, images, form fields and what takes focus, and KaTeX
 *   writes none of them there. So it is emptied while axe runs, and math-rendering.ts checks that
 *   it holds none of them (mathRenderingFaults).
 * Both are put back, the same nodes, before runAxe returns. This cuts axe's time on a chapter page
 * about fivefold.
 *
 * The tests fail only on violations of impact serious or critical, and a rule of axe that declares
 * its impact gives every violation of it that impact (axe's _finalizeRuleResult): so the rules of
 * impact minor or moderate (region, the landmark rules, heading-order, …) are not run, which cuts
 * a quarter of a full run's time on a chapter page. A rule that declares no impact still runs.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Where the set-aside spans wait while axe runs. */
const SET_ASIDE = '__nnfsMathSetAside';

/**
 * axe-core's violations on the whole page as it is now, of its rules that can report a serious or
 * critical one (`only`: these rules alone), KaTeX's output set aside.
 */
export async function runAxe(page: Page, only?: readonly string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  await page.evaluate((key) => {
    const bases = Array.from(document.querySelectorAll<HTMLElement>('.katex-html > .base'));
    // Every width first, then every change: measuring between changes would lay the page out each time.
    const widths = bases.map((base) => base.getBoundingClientRect().width);
    const setAside = (element: HTMLElement, kept: (child: ChildNode) => boolean) => {
      const aside = { element, children: Array.from(element.childNodes), style: element.getAttribute('style') };
      element.replaceChildren(...aside.children.filter(kept));
      return aside;
    };
    (window as unknown as Record<string, unknown>)[key] = [
      ...bases.map((base, k) => {
        const aside = setAside(base, (child) => child instanceof Element && child.classList.contains('strut'));
        base.style.width = `${widths[k]}px`;
        return aside;
      }),
      // Absolutely placed and clipped: emptying it moves nothing.
      ...Array.from(document.querySelectorAll<HTMLElement>('.katex-mathml')).map((mathml) => setAside(mathml, () => false)),
    ];
  }, SET_ASIDE);
  try {
    return await page.evaluate(async (rules) => {
      const axe = (window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>; _audit: { rules: { id: string; impact?: string }[] } };
      }).axe;
      const mild = axe._audit.rules.filter((rule) => rule.impact === 'minor' || rule.impact === 'moderate');
      const selection = rules ? { runOnly: rules } : { rules: Object.fromEntries(mild.map((rule) => [rule.id, { enabled: false }])) };
      return (await axe.run(document, { resultTypes: ['violations'], ...selection })).violations;
    }, only ? [...only] : undefined);
  } finally {
    await page.evaluate((key) => {
      const win = window as unknown as Record<string, { element: HTMLElement; children: ChildNode[]; style: string | null }[] | undefined>;
      for (const { element, children, style } of win[key] ?? []) {
        element.replaceChildren(...children);
        if (style === null) element.removeAttribute('style');
        else element.setAttribute('style', style);
      }
      delete win[key];
    }, SET_ASIDE);
  }
}
