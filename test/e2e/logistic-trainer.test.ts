/**
 * The logistic trainer, on every built page that places <LogisticTrainer />: Play, Pause, Step and
 * Reset respond to the mouse and the keyboard, and the epoch, cost and model it announces are
 * lib's (trainLogisticRegression run here, in the test process, on the same points with the same
 * learning rate); points are added and removed by click and by keyboard; nothing is logged as an
 * error; axe finds no serious violation in light and dark mode; it fits a 360 px phone.
 * E2E_SCREENSHOTS=<folder> also saves pictures of it (desktop and phone, light and dark).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cost, trainLogisticRegression } from '../../lib/logistic-regression.ts';
import { PRESETS, TRACE_POINTS, type PresetName } from '../../docs/.vitepress/theme/logistic-trainer/presets.ts';
import { closePage, launchBrowser, openPage, type OpenedPage } from './browser.ts';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));
/** The pages whose markdown places the widget (code blocks show the tag, they place nothing). */
const trainerPages = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .filter((file) => /<LogisticTrainer[\s/>]/.test(readFileSync(join(docsDir, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '')))
  .map((file) => (file === 'index.md' ? '/' : `/${file.replace(/\.md$/, '')}`));

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
/** What the widget starts with: the overlapping blobs and η = 0.5. */
const START: PresetName = 'overlapping';
const START_RATE = 0.5;

/** A number as the widget prints it (6 significant digits, a true minus sign), read back. */
const six = (v: number) => Number(v.toPrecision(6));
const parseNumber = (text: string) => Number(text.replace(/−/g, '-'));
const NUMBER = String.raw`−?\d+(?:\.\d+)?(?:e[−+]?\d+)?`;

/** lib's run on a preset: the model and the cost after `epochs` epochs, to the digits the widget prints. */
function libRun(preset: PresetName, learningRate: number, epochs: number) {
  const { xs, ys } = PRESETS[preset].data();
  const { w, b, costs } = trainLogisticRegression(xs, ys, { learningRate, epochs });
  return { epoch: epochs, cost: six(costs[epochs]), w: w.map(six), b: six(b), m: xs.length };
}

if (trainerPages.length === 0) {
  test.skip('no page places <LogisticTrainer /> yet', () => {});
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page and waits until the widget is hydrated (before that, its controls do nothing). */
async function openTrainer(path: string, options: BrowserContextOptions = {}): Promise<{ opened: OpenedPage; widget: Locator }> {
  const opened = await openPage(browser, path, options);
  const widget = opened.page.locator('[data-testid="logistic-trainer"]').first();
  await widget.and(opened.page.locator('[data-ready]')).waitFor({ timeout: 15_000 });
  return { opened, widget };
}

describe.each(trainerPages)('logistic trainer on %s', (path) => {
  let opened: OpenedPage;
  let page: Page;
  let widget: Locator;
  const byTestId = (id: string) => widget.locator(`[data-testid="${id}"]`);
  const status = () => byTestId('lt-status').innerText();
  const readout = async (id: string) => (await byTestId(id).locator('dd').innerText()).trim();
  const epochShown = async () => Number(await readout('lt-epoch'));
  const pointCount = () => byTestId('lt-points').locator('g > :is(circle.lt-point, rect.lt-point)').count();

  /** What the readout shows: epoch, cost, w and b, as numbers. */
  async function shown() {
    const model = /^w = \((\S+), (\S+)\), b = (\S+)$/.exec(await readout('lt-weights'));
    if (!model) throw new Error(`the model readout does not read "w = (…, …), b = …": ${await readout('lt-weights')}`);
    return {
      epoch: await epochShown(),
      cost: parseNumber(await readout('lt-cost')),
      w: [parseNumber(model[1]), parseNumber(model[2])],
      b: parseNumber(model[3]),
    };
  }

  /** The status names the epoch and the cost; both must be lib's after that many epochs. */
  async function expectAnnouncedLibRun(preset: PresetName, learningRate: number): Promise<number> {
    const text = await status();
    const m = new RegExp(String.raw`epoch (\d+): cost (${NUMBER}), accuracy (\d+)/(\d+) correct`).exec(text);
    if (!m) throw new Error(`the status does not say "epoch N: cost C, accuracy K/M correct": ${JSON.stringify(text)}`);
    const epochs = Number(m[1]);
    const expected = libRun(preset, learningRate, epochs);
    expect(parseNumber(m[2]), `the announced cost after ${epochs} epochs`).toBe(expected.cost);
    expect(Number(m[4])).toBe(expected.m);
    const readoutNow = await shown();
    expect(readoutNow, `the readout after ${epochs} epochs`).toEqual({ epoch: epochs, cost: expected.cost, w: expected.w, b: expected.b });
    return epochs;
  }

  describe('interaction', () => {
    beforeEach(async () => {
      ({ opened, widget } = await openTrainer(path));
      page = opened.page;
    });
    afterEach(async () => {
      // Whatever a test did, the page must not have logged an error.
      expect(opened.errors).toEqual([]);
      await closePage(opened);
    });

    test("starts with the overlapping blobs, w = 0 and b = 0, at lib's cost ln 2, and the table lists every point", async () => {
      const { xs, ys } = PRESETS[START].data();
      expect(await pointCount()).toBe(xs.length);
      expect(await shown()).toEqual({ epoch: 0, cost: six(cost([0, 0], 0, xs, ys)), w: [0, 0], b: 0 });
      expect(await byTestId('lt-status').getAttribute('aria-live')).toBe('polite');
      expect(await byTestId('lt-rate-value').innerText()).toBe(String(START_RATE));
      await widget.locator('details.lt-table summary').click();
      const rows = await byTestId('lt-table').locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')),
      );
      expect(rows).toHaveLength(xs.length);
      rows.forEach((row, i) => {
        expect([parseNumber(row[1]), parseNumber(row[2]), Number(row[3]), Number(row[4])], `row ${i + 1}`).toEqual([six(xs[i][0]), six(xs[i][1]), ys[i], 0.5]);
      });
    });

    test("Step by mouse runs one epoch of lib's gradient descent per press", async () => {
      const curveBefore = await byTestId('lt-cost-curve').getAttribute('d');
      const boundaryBefore = await byTestId('lt-boundary').count();
      expect(boundaryBefore, 'w = 0 draws no boundary').toBe(0);
      for (let k = 1; k <= 3; k++) {
        await byTestId('lt-step').click();
        expect(await expectAnnouncedLibRun(START, START_RATE)).toBe(k);
      }
      expect(await byTestId('lt-cost-curve').getAttribute('d')).not.toBe(curveBefore);
      expect(await byTestId('lt-boundary').count()).toBe(1);
    });

    test('Step, Play, Pause and Reset work from the keyboard', async () => {
      await byTestId('lt-step').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      expect(await expectAnnouncedLibRun(START, START_RATE)).toBe(2);

      await byTestId('lt-play').focus();
      await page.keyboard.press('Space');
      expect(await byTestId('lt-play').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(20);
      await page.keyboard.press('Enter');
      await expect.poll(status).toMatch(/^Paused at epoch/);
      expect(await byTestId('lt-play').getAttribute('aria-pressed')).toBe('false');
      const epochs = await expectAnnouncedLibRun(START, START_RATE);
      expect(epochs).toBeGreaterThan(20);
      // Paused means paused: the epoch stays put.
      await page.waitForTimeout(300);
      expect(await epochShown()).toBe(epochs);

      await byTestId('lt-reset').focus();
      await page.keyboard.press('Enter');
      expect(await expectAnnouncedLibRun(START, START_RATE)).toBe(0);
      expect(await status()).toMatch(/^w and b reset to 0/);
    });

    test("Play and Pause by mouse train continuously and stop, and the cost curve follows lib's costs", async () => {
      await byTestId('lt-play').click();
      expect(await byTestId('lt-play').innerText()).toBe('Pause');
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(30);
      await byTestId('lt-play').click();
      expect(await byTestId('lt-play').innerText()).toBe('Play');
      const epochs = await expectAnnouncedLibRun(START, START_RATE);
      // The curve has one vertex per epoch (the plot is wider than the run is long), each at lib's
      // cost on one linear scale: its drop from the first vertex is proportional to the cost's.
      const { xs, ys } = PRESETS[START].data();
      const { costs } = trainLogisticRegression(xs, ys, { learningRate: START_RATE, epochs });
      const d = (await byTestId('lt-cost-curve').getAttribute('d'))!;
      const heights = [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => Number(m[2]));
      expect(heights).toHaveLength(epochs + 1);
      const scale = (heights[epochs] - heights[0]) / (costs[0] - costs[epochs]); // pixels per unit of cost, y down
      expect(scale).toBeGreaterThan(0);
      heights.forEach((y, k) => expect(y - heights[0], `epoch ${k}`).toBeCloseTo(scale * (costs[0] - costs[k]), 0));

      await byTestId('lt-reset').click();
      expect(await shown()).toEqual({ epoch: 0, cost: six(costs[0]), w: [0, 0], b: 0 });
    });

    test('the learning rate slider changes the step, by keyboard and by mouse', async () => {
      const slider = byTestId('lt-rate');
      await slider.focus();
      await page.keyboard.press('ArrowRight'); // 0.5 → 1
      expect(await byTestId('lt-rate-value').innerText()).toBe('1');
      expect(await slider.getAttribute('aria-valuetext')).toBe('η = 1');
      await byTestId('lt-step').click();
      expect(await expectAnnouncedLibRun(START, 1)).toBe(1);
      await byTestId('lt-reset').click();
      await slider.fill('2'); // the third rate, 0.1
      expect(await byTestId('lt-rate-value').innerText()).toBe('0.1');
      await byTestId('lt-step').click();
      await byTestId('lt-step').click();
      expect(await expectAnnouncedLibRun(START, 0.1)).toBe(2);
    });

    test('the separated preset loads its points, and training on it matches lib', async () => {
      await byTestId('lt-step').click();
      await byTestId('lt-preset-separated').click();
      expect(await status()).toMatch(/^Separated blobs loaded: 100 points; w and b reset to 0/);
      expect(await pointCount()).toBe(PRESETS.separated.data().xs.length);
      for (let k = 0; k < 4; k++) await byTestId('lt-step').click();
      expect(await expectAnnouncedLibRun('separated', START_RATE)).toBe(4);
      await byTestId('lt-clear').click();
      expect(await pointCount()).toBe(0);
      await byTestId('lt-step').click();
      expect(await status()).toContain('Add a point first');
      await byTestId('lt-play').click();
      expect(await status()).toContain('Add a point first');
    });

    test("the trace's four points step through the page's trace, row by row", async () => {
      await byTestId('lt-preset-trace').click();
      expect(await pointCount()).toBe(TRACE_POINTS.xs.length);
      for (let k = 1; k <= 5; k++) {
        await byTestId('lt-step').click();
        expect(await expectAnnouncedLibRun('trace', START_RATE)).toBe(k);
      }
    });

    test('a click adds a point of the chosen class, and a click on a point removes it', async () => {
      const plane = byTestId('lt-plane');
      await plane.scrollIntoViewIfNeeded();
      const box = (await plane.boundingBox())!;
      // (3.5, −3.5) is an empty corner of both presets; the plane shows −4 … 4 on both axes.
      const at = { x: box.width * (7.5 / 8), y: box.height * (7.5 / 8) };
      await plane.click({ position: at });
      expect(await pointCount()).toBe(101);
      const [, x1, x2] = new RegExp(String.raw`^Added a class 1 point at \((${NUMBER}), (${NUMBER})\)`).exec(await status())!;
      expect(parseNumber(x1)).toBeCloseTo(3.5, 1);
      expect(parseNumber(x2)).toBeCloseTo(-3.5, 1);
      expect(await plane.locator('rect.lt-class1').count()).toBe(51);
      // The epoch count and the curve start again on the new data.
      expect(await epochShown()).toBe(0);

      await plane.click({ position: at });
      expect(await pointCount()).toBe(100);
      expect(await status()).toMatch(/^Removed the class 1 point at/);

      await byTestId('lt-class-0').check();
      await plane.click({ position: at });
      expect(await plane.locator('circle.lt-class0').count()).toBe(51);
    });

    test('the keyboard moves a cursor on the plane, Enter adds a point there and Delete removes it', async () => {
      await byTestId('lt-plane').focus();
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('ArrowRight');
      expect(await status()).toContain('Cursor at (3.1, −3)');
      await page.keyboard.press('0');
      expect(await status()).toBe('New points will be class 0.');
      await page.keyboard.press('Enter');
      expect(await pointCount()).toBe(101);
      expect(await status()).toMatch(/^Added a class 0 point at \(3\.1, −3\), where the model gives a = 0\.5\./);
      await page.keyboard.press('ArrowLeft');
      expect(await status()).toContain('Nearest point: class 0, Delete removes it.');
      await page.keyboard.press('Delete');
      expect(await pointCount()).toBe(100);
      expect(await status()).toMatch(/^Removed the class 0 point at \(3\.1, −3\)/);
      await page.keyboard.press('Delete');
      expect(await status()).toBe('No point within 0.3 of the cursor to remove.');
    });

    test('leaving the page while it plays stops the loop without an error', async () => {
      // Count the animation frames the page asks for, so a loop that outlives the widget shows.
      await page.evaluate(() => {
        const w = window as unknown as { framesAsked: number };
        w.framesAsked = 0;
        const original = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (callback) => {
          w.framesAsked++;
          return original(callback);
        };
      });
      const framesAsked = () => page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked);
      await byTestId('lt-play').click();
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(5);
      expect(await framesAsked()).toBeGreaterThan(2);
      // A client-side navigation unmounts the widget; its animation frame must not outlive it.
      await page.locator('.VPNavBarTitle a').first().click();
      await page.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => page.locator('[data-testid="logistic-trainer"]').count()).toBe(0);
      await page.waitForTimeout(200);
      const afterLeaving = await framesAsked();
      await page.waitForTimeout(500);
      expect(await framesAsked(), 'animation frames asked for after the widget left').toBe(afterLeaving);
    });
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    test('axe finds no serious or critical violation in the widget, and its lines and points stand out', async () => {
      const { opened, widget } = await openTrainer(path, { colorScheme });
      try {
        const { page } = opened;
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
        for (let k = 0; k < 5; k++) await widget.locator('[data-testid="lt-step"]').click(); // a boundary and level lines
        await widget.locator('details.lt-table summary').click();
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          type Axe = { run: (context: object, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
          const axe = (window as unknown as { axe: Axe }).axe;
          const results = await axe.run({ include: [['[data-testid="logistic-trainer"]']] }, { resultTypes: ['violations'] });
          return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
        });
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

        // WCAG 1.4.11: the boundary, level lines, points, rings and the cost curve need 3:1 against the plot.
        const weak = await widget.locator('.lt-plane, .lt-cost').evaluateAll((svgs) => {
          const rgb = (color: string) => (/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(color) ?? []).slice(1).map(Number);
          const luminance = (c: number[]) => {
            const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (a: number[], b: number[]) => {
            const [la, lb] = [luminance(a), luminance(b)];
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
          };
          return svgs.flatMap((svg) => {
            const background = rgb(getComputedStyle(svg).backgroundColor);
            return Array.from(svg.querySelectorAll('.lt-boundary, .lt-level, .lt-point, .lt-wrong, .lt-cost-curve, .nn-widget-axes line'))
              .map((mark) => {
                const style = getComputedStyle(mark);
                const paint = mark.classList.contains('lt-point') ? style.fill : style.stroke;
                return { mark: mark.getAttribute('class'), ratio: ratio(rgb(paint), background) };
              })
              .filter((m) => m.ratio < 3)
              .map((m) => `${m.mark} at ${m.ratio.toFixed(2)}:1`);
          });
        });
        expect([...new Set(weak)]).toEqual([]);
        expect(opened.errors).toEqual([]);
      } finally {
        await closePage(opened);
      }
    });
  });

  test('fits a 360 px wide phone without sideways scrolling, and still adds a point', async () => {
    const { opened, widget } = await openTrainer(path, { viewport: PHONE });
    try {
      const { page } = opened;
      await widget.locator('details.lt-table summary').click();
      const problems = await widget.evaluate((root, viewportWidth) => {
        const found: string[] = [];
        const box = root.getBoundingClientRect();
        if (box.left < 0 || box.right > viewportWidth) found.push(`the widget spans ${box.left}..${box.right} px`);
        if (root.scrollWidth > root.clientWidth) found.push(`the widget scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
        for (const element of Array.from(root.querySelectorAll('*'))) {
          if (element.closest('.nn-widget-table-scroll')) continue; // the table scrolls in its own box
          const r = element.getBoundingClientRect();
          if (r.width > 0 && r.right > box.right + 0.5) found.push(`<${element.tagName} class="${element.getAttribute('class') ?? ''}"> ends at ${r.right} px`);
        }
        for (const text of Array.from(root.querySelectorAll('svg text'))) {
          const svg = (text as SVGTextElement).ownerSVGElement!;
          if (!svg.viewBox.baseVal || svg.viewBox.baseVal.width === 0) continue;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
          if (size < 9) found.push(`"${text.textContent}" is ${size.toFixed(1)} px`);
        }
        return found;
      }, PHONE.width);
      expect(problems).toEqual([]);
      // VitePress's own nav bar ends half a pixel past a 360 px screen; anything more is ours.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);

      const plane = widget.locator('[data-testid="lt-plane"]');
      await plane.scrollIntoViewIfNeeded();
      const box = (await plane.boundingBox())!;
      await plane.click({ position: { x: box.width * (7.5 / 8), y: box.height * (0.5 / 8) } }); // (3.5, 3.5)
      expect(await widget.locator('[data-testid="lt-status"]').innerText()).toMatch(/^Added a class 1 point at \(3\.\d+, 3\.\d+\)/);
      await widget.locator('[data-testid="lt-step"]').click();
      expect(await widget.locator('[data-testid="lt-epoch"] dd').innerText()).toBe('1');
      expect(opened.errors).toEqual([]);
    } finally {
      await closePage(opened);
    }
  });

  test.runIf(process.env.E2E_SCREENSHOTS)('screenshots, desktop and phone, light and dark', async () => {
    const folder = process.env.E2E_SCREENSHOTS!;
    mkdirSync(folder, { recursive: true });
    const slug = path === '/' ? 'index' : path.slice(1);
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { opened, widget } = await openTrainer(path, { viewport, colorScheme, deviceScaleFactor: 2 });
        try {
          for (let k = 0; k < 40; k++) await widget.locator('[data-testid="lt-step"]').click();
          // A full-page picture clipped to the widget, taken from the top of the page: the theme's
          // fixed nav bar then stays up there instead of being drawn over the widget.
          const scrollY = await opened.page.evaluate(() => {
            window.scrollTo(0, 0);
            return window.scrollY;
          });
          const box = (await widget.boundingBox())!;
          await opened.page.screenshot({
            path: join(folder, `logistic-trainer-${slug}-${device}-${colorScheme}.png`),
            fullPage: true,
            clip: { x: box.x, y: box.y + scrollY, width: box.width, height: box.height },
          });
        } finally {
          await closePage(opened);
        }
      }
    }
  });
});
