/**
 * A page of the site as it loads on a desktop (site-pages.ts opens it, settled: late requests and
 * async components have had their chance to fail): no console error or uncaught exception; its
 * math rendered by KaTeX without errors; each exercise of its chapter has its #exercise-<name>
 * section (the grade report links there); every figure it places is inline SVG with a caption and
 * an accessible name, and draws no NaN or infinity.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chapterId, exerciseAnchor } from '../../course.ts';
import type { OpenedPage } from './browser.ts';
import { hasMath, placedFigures, type SitePage } from './site.ts';

/** The checks of `sitePage` as loaded, on the page `visit()` returns; they leave it as they found it. */
export function describePageContent(sitePage: SitePage, visit: () => OpenedPage): void {
  const figureKeys = placedFigures(sitePage);

  describe('as loaded', () => {
    test('loads with no console errors and no uncaught exceptions', () => {
      const opened = visit();
      expect(opened.status, `HTTP status of ${sitePage.path} (is docs/${sitePage.source} missing?)`).toBe(200);
      expect(opened.errors).toEqual([]);
    });

    test('renders its math with KaTeX and no KaTeX errors', async () => {
      const { page } = visit();
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
    });

    const chapter = sitePage.chapter;
    if (chapter) {
      test.each(chapter.exercises)('#exercise-$name is there, with its signature, grading and hints', async (exercise) => {
        const { page } = visit();
        const anchor = exerciseAnchor(exercise);
        expect(await page.locator(`#${anchor}`).count(), `<Exercise name="${exercise.name}" /> on docs/${chapterId(chapter)}.md`).toBe(1);
        const card = page.locator(`section[aria-labelledby="${anchor}"]`);
        const text = await card.innerText();
        expect(text).toContain(exercise.name);
        expect(text).toMatch(new RegExp(`(function|class) ${exercise.name}\\b`));
        expect(text).toContain(exercise.graded);
        expect(text).toContain(`npm test -- ${String(chapter.number).padStart(2, '0')}`);
        expect(await card.locator('details summary').allInnerTexts()).toEqual(exercise.hints.map((_, i) => `Hint ${i + 1}`));
      });
    }

    if (figureKeys.length > 0) {
      test('each figure is inline SVG with a caption and an accessible name, and draws no NaN or infinity', async () => {
        const { page } = visit();
        // A figure inside `::: details` counts too: open them all, and close again those that were
        // closed (the accessibility checks that follow see the page as loaded).
        const opened = await page.evaluate(() => {
          const closed = Array.from(document.querySelectorAll('details')).flatMap((details, k) => (details.open ? [] : [k]));
          document.querySelectorAll('details').forEach((details) => (details.open = true));
          return closed;
        });
        try {
          await expectFiguresNamed(page, figureKeys);
        } finally {
          await page.evaluate((indices) => indices.forEach((k) => (document.querySelectorAll('details')[k].open = false)), opened);
        }
      });
    }
  });
}

/** Each figure is there, in order, inline SVG with a caption and an accessible name, and draws no NaN or infinity. */
async function expectFiguresNamed(page: Page, figureKeys: string[]): Promise<void> {
  const figures = await page.locator('figure.nnfs-figure').evaluateAll((elements) =>
    elements.map((figure) => {
      const image = figure.querySelector('[role="img"]');
      const text = (id: string) => document.getElementById(id)?.textContent?.trim() ?? '';
      const labelledBy = image?.getAttribute('aria-labelledby');
      return {
        id: figure.id,
        svgs: figure.querySelectorAll('svg').length,
        caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
        name: labelledBy ? labelledBy.split(' ').map(text).join(' ') : (image?.getAttribute('aria-label') ?? ''),
        notFinite: Array.from(figure.querySelectorAll('svg, svg *')).flatMap((element) =>
          Array.from(element.attributes).filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `<${element.tagName} ${a.name}="${a.value}">`),
        ),
      };
    }),
  );
  expect(figures.map((f) => f.id)).toEqual(figureKeys.map((key) => `figure-${key}`));
  figures.forEach((figure, i) => {
    expect(figure.svgs, figure.id).toBeGreaterThan(0);
    expect(figure.caption, figure.id).toMatch(new RegExp(`^Figure ${i + 1}\\. \\S`));
    expect(figure.name, `${figure.id}: the accessible name`).toMatch(new RegExp(`^Figure ${i + 1}:? \\S.{20,}`));
    expect(figure.notFinite, figure.id).toEqual([]);
  });
  // Playwright's own accessible-name computation must agree: one named image per figure.
  for (const [i, key] of figureKeys.entries()) {
    const snapshot = await page.locator(`#figure-${key}`).ariaSnapshot();
    expect(snapshot, `#figure-${key}`).toMatch(new RegExp(`img \\\\?"Figure ${i + 1}:? \\S`));
  }
}
