/**
 * Display math on a phone: at 360 px every display equation fits the column, so a reader sees it
 * whole instead of scrolling sideways through it. The pages break long equations at their equals
 * signs and stack paired definitions; what cannot be broken is listed below. Runs on the page
 * site-pages.ts opened, once it is narrowed to a phone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { OpenedPage } from './browser.ts';
import type { SitePage } from './site.ts';
import { PHONE } from './widget-harness.ts';

/** Whether the page's markdown has a $$…$$ block outside code, so its built page must show display math. */
function hasDisplayMath(page: SitePage): boolean {
  const text = readFileSync(fileURLToPath(new URL(`../../docs/${page.source}`, import.meta.url)), 'utf8');
  return /^[ \t]*\$\$/m.test(text.replace(/^[ \t]*```[\s\S]*?^[ \t]*```/gm, ''));
}

/**
 * Equations allowed to scroll (the shadow at the edge shows that they do), by page and a piece of
 * their TeX, each with the reason no line break helps.
 */
const MAY_SCROLL = [
  {
    path: '/04-computation-graphs',
    tex: String.raw`\frac{\partial \mathbf{h}}{\partial \mathbf{z}} \, \frac{\partial \mathbf{z}}{\partial \mathbf{x}}`,
    why: 'a 2 × 3 matrix of six-digit entries is wider than the column on its own',
  },
  {
    path: '/07-backpropagation',
    tex: String.raw`\frac{\partial \hat{\mathbf{y}}}{\partial \mathbf{z}} =`,
    why: 'the 3 × 3 softmax Jacobian of six-digit entries is wider than the column on its own',
  },
  {
    path: '/07-backpropagation',
    tex: String.raw`&= \begin{pmatrix} 0.224719 & 0 & 0`,
    why: 'its diagonal 3 × 3 matrix of six-digit entries, after the equals sign, is a few pixels too wide for the column',
  },
  {
    path: '/08-training',
    tex: String.raw`W^{[2]} &= \begin{pmatrix} 0.228615`,
    why: 'the traced 2 × 3 weight matrix of six-digit entries is wider than the column on its own',
  },
  {
    path: '/09-deep-networks',
    tex: String.raw`W = \begin{bmatrix}`,
    why: 'the 3 × 4 He-initialised matrix of four-digit entries is wider than the column on its own',
  },
  {
    path: '/11-beyond',
    tex: String.raw`\;\longrightarrow\;`,
    why: 'the fine-tuned 2 × 3 head of six-digit entries is wider than the column on its own',
  },
];

/** The display-math check of `sitePage`, on the page `visit()` returns, narrowed to a phone's width. */
export function describeMathOnPhone(sitePage: SitePage, visit: () => OpenedPage): void {
  if (!hasDisplayMath(sitePage)) return;
  const { path } = sitePage;

  describe('display math on a 360 px wide phone', () => {
    beforeAll(async () => {
      const { page } = visit();
      await page.setViewportSize(PHONE);
      // KaTeX's fonts set the widths; a collapsed block's math has no width until it is opened.
      await page.evaluate(async () => {
        await document.fonts.ready;
        document.querySelectorAll('details').forEach((details) => (details.open = true));
      });
    });

    test('no display equation is wider than the column', async () => {
      const displays = await visit().page.locator('.vp-doc .katex-display').evaluateAll((elements) =>
        elements.map((display) => ({
          // 1 px of slack: scrollWidth and clientWidth are rounded separately.
          overflow: display.scrollWidth - display.clientWidth,
          tex: (display.querySelector('annotation')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      );
      expect(displays.length, `display equations on ${path}`).toBeGreaterThan(0);
      const allowed = MAY_SCROLL.filter((exception) => exception.path === path);
      for (const exception of allowed) {
        expect(displays.some((d) => d.tex.includes(exception.tex)), `${path} no longer has the equation MAY_SCROLL excuses (${exception.tex}): remove it from the list`).toBe(true);
      }
      const tooWide = displays
        .filter((d) => d.overflow > 1 && !allowed.some((exception) => d.tex.includes(exception.tex)))
        .map((d) => `${path}: ${d.overflow} px too wide: ${d.tex}`);
      expect(tooWide, `display equations wider than a ${PHONE.width} px phone's column (break them at = or stack their parts)`).toEqual([]);
    });
  });
}
