/**
 * Every page of the site (home, guide, notation and each chapter of the manifest) loads without a
 * console error or an uncaught exception, and its math is rendered by KaTeX without errors.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, launchBrowser, openPage } from './browser.ts';
import { hasMath, sitePages } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sitePages)('page $path', (sitePage) => {
  test('loads with no console errors and no uncaught exceptions', async () => {
    const opened = await openPage(browser, sitePage.path);
    try {
      expect(opened.status, `HTTP status of ${sitePage.path} (is docs/${sitePage.source} missing?)`).toBe(200);
      // The page is hydrated by now; give late errors (async components, effects) a moment.
      await opened.page.waitForTimeout(300);
      expect(opened.errors).toEqual([]);
    } finally {
      await closePage(opened);
    }
  });

  test('renders its math with KaTeX and no KaTeX errors', async () => {
    const opened = await openPage(browser, sitePage.path);
    try {
      const { page } = opened;
      expect(await page.locator('.katex-error').count(), 'elements with class katex-error').toBe(0);
      if (hasMath(sitePage)) {
        expect(await page.locator('.katex').count(), `KaTeX output on ${sitePage.path}`).toBeGreaterThan(0);
        // The MathML half is what screen readers read; it must be there too.
        expect(await page.locator('.katex .katex-mathml math').count()).toBeGreaterThan(0);
      }
      // TeX left in the prose (outside code and rendered math) is a formula that was not
      // recognised as math (unbalanced or mistyped delimiters).
      const prose = await page.evaluate(() => {
        const doc = document.querySelector('.vp-doc')?.cloneNode(true) as HTMLElement | undefined;
        doc?.querySelectorAll('pre, code, .katex').forEach((node) => node.remove());
        return doc?.textContent ?? '';
      });
      expect(prose).not.toMatch(/\$\$|\\[a-zA-Z]+\{/);
    } finally {
      await closePage(opened);
    }
  });
});
