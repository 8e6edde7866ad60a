/**
 * The build-time figures: chapter 1 places enough of them. (site-pages.ts checks every figure of
 * every page: page-content.ts that each is there, named and finite; page-accessibility.ts that it
 * stands out in light and in dark mode; figures-on-phone.ts that it fits a phone.)
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
