/**
 * The build-time figures on a phone: every figure a page places fits a 360 px wide screen, with
 * text that stays legible. (page-content.ts checks that each is there, named and finite;
 * page-accessibility.ts that it stands out in light and in dark mode.)
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { OpenedPage } from './browser.ts';
import { placedFigures, type SitePage } from './site.ts';
import { PHONE } from './widget-harness.ts';

/** The smallest text a figure may show once scaled to the page, in CSS pixels. */
const SMALLEST_TEXT = 9;

/** The phone checks of `sitePage`'s figures, on the page `visit()` returns, narrowed to a phone's width. */
export function describeFiguresOnPhone(sitePage: SitePage, visit: () => OpenedPage): void {
  if (placedFigures(sitePage).length === 0) return;

  describe('on a 360 px wide phone', () => {
    beforeAll(async () => {
      const { page } = visit();
      // The page's layout and the figures follow the width alone (CSS, and SVGs scaled to their
      // box): narrowing the open page shows them as a phone does.
      await page.setViewportSize(PHONE);
      // A figure inside `::: details` counts too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    });

    test('every figure fits, with no text smaller than 9 px', async () => {
      const problems = await visit().page.locator('figure.nnfs-figure').evaluateAll(
        (elements, { viewportWidth, smallestText }) =>
          elements.flatMap((figure) => {
            const found: string[] = [];
            const box = figure.getBoundingClientRect();
            if (box.left < 0 || box.right > viewportWidth) found.push(`${figure.id} spans ${box.left}..${box.right} px`);
            // 1 px of slack: scrollWidth and clientWidth are rounded separately (a caption's math ends at 312.4 px).
            if (figure.scrollWidth - figure.clientWidth > 1) found.push(`${figure.id} scrolls sideways`);
            for (const svg of Array.from(figure.querySelectorAll('svg'))) {
              const svgBox = svg.getBoundingClientRect();
              if (svgBox.right > box.right + 0.5) found.push(`${figure.id}: an SVG sticks out of the figure`);
              const scale = svgBox.width / svg.viewBox.baseVal.width;
              for (const text of Array.from(svg.querySelectorAll('text'))) {
                const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
                if (size < smallestText) found.push(`${figure.id}: "${text.textContent}" is ${size.toFixed(1)} px`);
              }
            }
            return found;
          }),
        { viewportWidth: PHONE.width, smallestText: SMALLEST_TEXT },
      );
      expect(problems).toEqual([]);
    });
  });
}
