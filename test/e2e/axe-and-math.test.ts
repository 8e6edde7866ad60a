/**
 * The checks that stand in for axe inside KaTeX's output (axe.ts sets it aside while axe runs,
 * math-rendering.ts checks it instead), on a small page of formulas typeset by KaTeX itself: each
 * check fails on the fault it is there for, and runAxe leaves the page as it found it.
 */
import { createRequire } from 'node:module';
import katex from 'katex';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { useBrowser } from './browser.ts';
import { runAxe } from './axe.ts';
import { lowContrastMath, mathRenderingFaults } from './math-rendering.ts';

const katexCss = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
const inline = (tex: string) => katex.renderToString(tex, { output: 'htmlAndMathml' });
const display = (tex: string) => katex.renderToString(tex, { output: 'htmlAndMathml', displayMode: true });

// Pages of its own (setContent): it need not wait for the site.
const browser = useBrowser({ waitForSite: false });
let page: Page;

beforeAll(async () => {
  page = await (await browser().newContext()).newPage();
});
afterAll(async () => {
  await page.context().close();
});

/** A page of prose and formulas: `style` is its stylesheet beyond KaTeX's, `math` extra formulas. */
async function show({ style = '', math = '' } = {}): Promise<void> {
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Formulas</title><style>${style}</style></head><body><main>` +
      `<h1>Formulas</h1><p>The rule ${inline(String.raw`w \leftarrow w + \eta\,(y - \hat{y})\,x`)} moves the weights.</p>` +
      `${display(String.raw`\frac{\partial L}{\partial w} = \sum_{i=1}^{m} (\hat{y}_i - y_i)\, x_i`)}<p>${math}</p></main></body></html>`,
  );
  await page.addStyleTag({ path: katexCss });
}

describe('the math checks', () => {
  beforeEach(() => show());

  test('find nothing on dark math on white', async () => {
    expect(await lowContrastMath(page)).toEqual([]);
    expect(await mathRenderingFaults(page)).toEqual([]);
  });

  test('find math whose colour is too close to the page background, and name the formula', async () => {
    await show({ style: '.katex { color: #aaa }' });
    const weak = await lowContrastMath(page);
    expect(weak.some((line) => line.startsWith(String.raw`w \leftarrow`))).toBe(true);
    expect(weak.some((line) => line.startsWith(String.raw`\frac{\partial L}`))).toBe(true);
  });

  test('find pale math on a dark background, as in dark mode', async () => {
    await show({ style: 'body { background: #1b1b1f } .katex { color: #3c3c43 }' });
    expect((await lowContrastMath(page)).length).toBeGreaterThan(0);
  });

  test('find one pale glyph inside a formula of the right colour', async () => {
    await show({ math: inline(String.raw`a + \textcolor{#c8c8c8}{b}`) });
    expect(await lowContrastMath(page)).toEqual([expect.stringMatching(/^a \+ \\textcolor\{#c8c8c8\}\{b\}: rgb\(200, 200, 200\) on rgb\(255, 255, 255\) at 1\.\d\d:1/)]);
  });

  test('find a focusable element and an inline !important spacing inside the aria-hidden rendering', async () => {
    await page.evaluate(() => {
      const base = document.querySelector('.katex-html .base')!;
      base.append(Object.assign(document.createElement('a'), { href: '#', textContent: 'x' }));
      base.querySelector('.mord')!.setAttribute('style', 'letter-spacing: 0.01em !important');
    });
    expect(await mathRenderingFaults(page)).toEqual([
      expect.stringMatching(/^w \\leftarrow .*: <a> can take focus inside the aria-hidden rendering$/),
      expect.stringMatching(/^w \\leftarrow .*: an inline letter-spacing !important$/),
    ]);
  });

  test('find what an axe rule would look at in the MathML axe does not see: a role, an aria-* attribute, an HTML element', async () => {
    await page.evaluate(() => {
      const mathml = document.querySelector('.katex-mathml math')!;
      mathml.querySelector('mi')!.setAttribute('role', 'button');
      mathml.querySelector('mo')!.setAttribute('aria-label', 'plus');
      mathml.querySelector('mrow')!.append(document.createElement('img'));
    });
    expect(await mathRenderingFaults(page)).toEqual([
      expect.stringMatching(/^w \\leftarrow .*: <mi> in the MathML has role="button"$/),
      expect.stringMatching(/^w \\leftarrow .*: <mo> in the MathML has aria-label="plus"$/),
      expect.stringMatching(/^w \\leftarrow .*: <img> in the MathML is not MathML$/),
    ]);
  });
});

describe('runAxe', () => {
  test('sees the prose around the math, and puts every span of the math back, the same nodes', async () => {
    await show({ style: 'p { color: #bbb }' });
    const glyph = await page.evaluateHandle(() => document.querySelector('.katex-html .mord')!);
    const before = await page.evaluate(() => document.body.innerHTML);
    const violations = await runAxe(page);
    expect(violations.map((v) => v.id)).toContain('color-contrast');
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(await glyph.evaluate((element) => element.isConnected)).toBe(true);
  });

  test('runs the rules that can report a serious or critical violation, and not the milder ones', async () => {
    // A button with no name is critical (button-name); prose outside every landmark is moderate (region).
    await page.setContent('<!doctype html><html lang="en"><head><title>Rules</title></head><body><p>Outside any landmark.</p><main><h1>Rules</h1><button></button></main></body></html>');
    const violations = await runAxe(page);
    expect(violations.map((v) => [v.id, v.impact])).toContainEqual(['button-name', 'critical']);
    expect(violations.map((v) => v.id)).not.toContain('region');
  });
});
