/**
 * The build-time figures on the built site: every figure a page places is there as inline SVG with
 * a caption and an accessible name, draws no NaN or infinity, stands out from the background in
 * light and in dark mode, and fits a 360 px wide phone with text that stays legible.
 *
 * E2E_SCREENSHOTS=<folder> also saves a picture of every figure at desktop and phone width, light
 * and dark, to look at: a test can check contrast and sizes, not that a label sits in the right place.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, launchBrowser, openPage } from './browser.ts';
import { placedFigures, sitePages } from './site.ts';

const figurePages = sitePages.filter((p) => placedFigures(p).length > 0);
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
/** WCAG 2.1: 4.5:1 for text (1.4.3), 3:1 for the parts of a graphic needed to understand it (1.4.11). */
const TEXT_CONTRAST = 4.5;
const GRAPHIC_CONTRAST = 3;
/** The smallest text a figure may show once scaled to the page, in CSS pixels. */
const SMALLEST_TEXT = 9;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page with every collapsible block expanded: a figure inside `::: details` counts too. */
async function openWithDetails(path: string, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(browser, path, options);
  await opened.page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  return opened;
}

test('chapter 1 places at least four figures', () => {
  const chapter1 = sitePages.find((p) => p.chapter?.number === 1)!;
  expect(placedFigures(chapter1).length).toBeGreaterThanOrEqual(4);
});

describe.each(figurePages)('figures on $path', (sitePage) => {
  const keys = placedFigures(sitePage);

  test('each is inline SVG with a caption and an accessible name, and draws no NaN or infinity', async () => {
    const opened = await openWithDetails(sitePage.path);
    try {
      const { page } = opened;
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
      expect(figures.map((f) => f.id)).toEqual(keys.map((key) => `figure-${key}`));
      figures.forEach((figure, i) => {
        expect(figure.svgs, figure.id).toBeGreaterThan(0);
        expect(figure.caption, figure.id).toMatch(new RegExp(`^Figure ${i + 1}\\. \\S`));
        expect(figure.name, `${figure.id}: the accessible name`).toMatch(new RegExp(`^Figure ${i + 1}:? \\S.{20,}`));
        expect(figure.notFinite, figure.id).toEqual([]);
      });
      // Playwright's own accessible-name computation must agree: one named image per figure.
      for (const [i, key] of keys.entries()) {
        const snapshot = await page.locator(`#figure-${key}`).ariaSnapshot();
        expect(snapshot, `#figure-${key}`).toMatch(new RegExp(`img \\\\?"Figure ${i + 1}:? \\S`));
      }
    } finally {
      await closePage(opened);
    }
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    test('every line, mark and label stands out from the background', async () => {
      const opened = await openWithDetails(sitePage.path, { colorScheme });
      try {
        const weak = await lowContrastMarks(opened.page);
        expect(weak, `marks too close to the background colour (${colorScheme})`).toEqual([]);
      } finally {
        await closePage(opened);
      }
    });
  });

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

/**
 * The figure marks whose colour is too close to the page background: text below 4.5:1, any other
 * mark whose stroke and fill are both below 3:1. Areas, the grid and the frame are decoration (the
 * lines and labels carry what they show) and are not checked; a text's halo is its background.
 */
function lowContrastMarks(page: Page): Promise<string[]> {
  return page.locator('figure.nnfs-figure svg').evaluateAll(
    (svgs, limits) => {
      const parse = (color: string): [number, number, number, number] | null => {
        const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/.exec(color);
        return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
      };
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r, g, b].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
      };
      const backgroundOf = (element: Element): number[] => {
        for (let e: Element | null = element; e; e = e.parentElement) {
          const color = parse(getComputedStyle(e).backgroundColor);
          if (color && color[3] > 0) return color;
        }
        return [255, 255, 255, 1];
      };
      const contrast = (paint: string, opacity: number, background: number[]): number => {
        const color = parse(paint);
        if (!color) return 0; // 'none', a gradient, a url(): nothing painted we can measure
        const alpha = color[3] * opacity;
        const seen = color.slice(0, 3).map((c, i) => c * alpha + background[i] * (1 - alpha));
        const [a, b] = [luminance(seen), luminance(background)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      };
      const weak: string[] = [];
      for (const svg of svgs) {
        const background = backgroundOf(svg);
        const figure = svg.closest('figure')?.id;
        for (const mark of Array.from(svg.querySelectorAll('line, path, circle, rect, polygon, ellipse, text'))) {
          if (mark.closest('.fig-area, .fig-grid, .fig-frame')) continue;
          const style = getComputedStyle(mark);
          const opacity = Number(style.opacity);
          const fill = contrast(style.fill, Number(style.fillOpacity) * opacity, background);
          const stroke = Number.parseFloat(style.strokeWidth) > 0 ? contrast(style.stroke, Number(style.strokeOpacity) * opacity, background) : 0;
          const isText = mark.tagName === 'text';
          const best = isText ? fill : Math.max(fill, stroke);
          const needed = isText ? limits.text : limits.graphic;
          if (best < needed) {
            weak.push(`${figure}: <${mark.tagName} class="${mark.getAttribute('class') ?? ''}">${isText ? mark.textContent : ''} at ${best.toFixed(2)}:1, needs ${needed}:1`);
          }
        }
      }
      return weak;
    },
    { text: TEXT_CONTRAST, graphic: GRAPHIC_CONTRAST },
  );
}
