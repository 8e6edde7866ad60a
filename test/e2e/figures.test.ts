/**
 * The build-time figures on a phone: every figure a page places fits a 360 px wide screen, with
 * text that stays legible. (pages.test.ts checks that each is there, named and finite;
 * page-accessibility.ts that it stands out in light and in dark mode.)
 *
 * E2E_SCREENSHOTS=<folder> also saves a picture of every figure at desktop and phone width, light
 * and dark, to look at: a test can check contrast and sizes, not that a label sits in the right place.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { closePage, openPage, useBrowser, type OpenOptions } from './browser.ts';
import { placedFigures, sitePages } from './site.ts';
import { DESKTOP, PHONE } from './widget-harness.ts';

const figurePages = sitePages.filter((p) => placedFigures(p).length > 0);
/** The smallest text a figure may show once scaled to the page, in CSS pixels. */
const SMALLEST_TEXT = 9;

const browser = useBrowser();

/** Opens a page with every collapsible block expanded: a figure inside `::: details` counts too. */
async function openWithDetails(path: string, options: OpenOptions = {}) {
  const opened = await openPage(browser(), path, options);
  await opened.page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  return opened;
}

test('chapter 1 places at least four figures', () => {
  const chapter1 = sitePages.find((p) => p.chapter?.number === 1)!;
  expect(placedFigures(chapter1).length).toBeGreaterThanOrEqual(4);
});

describe.each(figurePages)('figures on $path', (sitePage) => {
  const keys = placedFigures(sitePage);

  test('fits a 360 px wide phone, with no text smaller than 9 px', async () => {
    const opened = await openWithDetails(sitePage.path, { viewport: PHONE });
    try {
      const problems = await opened.page.locator('figure.nnfs-figure').evaluateAll(
        (elements, { viewportWidth, smallestText }) =>
          elements.flatMap((figure) => {
            const found: string[] = [];
            const box = figure.getBoundingClientRect();
            if (box.left < 0 || box.right > viewportWidth) found.push(`${figure.id} spans ${box.left}..${box.right} px`);
            if (figure.scrollWidth > figure.clientWidth) found.push(`${figure.id} scrolls sideways`);
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
    } finally {
      await closePage(opened);
    }
  });

  test.runIf(process.env.E2E_SCREENSHOTS)('screenshots of every figure, desktop and phone, light and dark', async () => {
    const folder = process.env.E2E_SCREENSHOTS!;
    mkdirSync(folder, { recursive: true });
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const opened = await openWithDetails(sitePage.path, { viewport, colorScheme, deviceScaleFactor: 2 });
        try {
          for (const key of keys) {
            await opened.page.locator(`#figure-${key}`).screenshot({ path: join(folder, `${key}-${device}-${colorScheme}.png`) });
          }
        } finally {
          await closePage(opened);
        }
      }
    }
  });
});
