/**
 * The training playground, on every built page that places <TrainingPlayground />: the page's
 * math is rendered; Play, Pause, Step and Reset respond to the mouse and the keyboard; the loss and
 * accuracy it shows are lib's (the same seeded Session rebuilt here, in the test process); changing
 * the dataset or the network changes them; the heat map is painted; the table lists the epochs;
 * nothing is logged as an error; the animation loop stops when the widget leaves; axe finds no
 * serious violation in light and dark mode; it fits a 360 px phone.
 * E2E_SCREENSHOTS=<folder> also saves pictures of it (desktop and phone, light and dark).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULTS, Session, type PlaygroundConfig } from '../../docs/.vitepress/theme/training-playground/session.ts';
import { fmt, percent } from '../../docs/.vitepress/theme/training-playground/useTrainingPlayground.ts';
import { closePage, launchBrowser, openPage, type OpenedPage } from './browser.ts';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));
/** The pages whose markdown places the widget (code blocks show the tag, they place nothing). */
const playgroundPages = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .filter((file) => /<TrainingPlayground[\s/>]/.test(readFileSync(join(docsDir, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '')))
  .map((file) => (file === 'index.md' ? '/' : `/${file.replace(/\.md$/, '')}`));

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

/** lib's session with the widget's seeds: the loss and accuracy after `epochs` epochs, as the widget prints them. */
function libRun(config: PlaygroundConfig, seed: number, epochs: number) {
  const session = new Session(config, seed);
  for (let k = 0; k < epochs; k++) session.trainEpoch();
  return { epoch: epochs, loss: fmt(session.last.loss), accuracy: percent(session.last.accuracy) };
}

if (playgroundPages.length === 0) {
  test.skip('no page places <TrainingPlayground /> yet', () => {});
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page and waits until the widget is hydrated (before that, its controls do nothing). */
async function openPlayground(path: string, options: BrowserContextOptions = {}): Promise<{ opened: OpenedPage; widget: Locator }> {
  const opened = await openPage(browser, path, options);
  const widget = opened.page.locator('[data-testid="training-playground"]').first();
  await widget.and(opened.page.locator('[data-ready]')).waitFor({ timeout: 15_000 });
  return { opened, widget };
}

describe.each(playgroundPages)('training playground on %s', (path) => {
  let opened: OpenedPage;
  let page: Page;
  let widget: Locator;
  const byTestId = (id: string) => widget.locator(`[data-testid="${id}"]`);
  const status = () => byTestId('tp-status').innerText();
  const readout = async (id: string) => (await byTestId(id).locator('dd').innerText()).trim();
  const epochShown = async () => Number(await readout('tp-epoch'));
  const shown = async () => ({ epoch: await epochShown(), loss: await readout('tp-loss'), accuracy: await readout('tp-accuracy') });

  describe('interaction', () => {
    beforeEach(async () => {
      ({ opened, widget } = await openPlayground(path));
      page = opened.page;
    });
    afterEach(async () => {
      // Whatever a test did, the page must not have logged an error.
      expect(opened.errors).toEqual([]);
      await closePage(opened);
    });

    test("the page's math is rendered, and the widget starts untrained on XOR at lib's loss", async () => {
      expect(await page.locator('.katex').count()).toBeGreaterThan(20);
      expect(await page.locator('.katex-error').count()).toBe(0);
      expect(await shown()).toEqual(libRun(DEFAULTS, 1, 0));
      expect(await byTestId('tp-status').getAttribute('aria-live')).toBe('polite');
      expect(await status()).toMatch(/^XOR, 2 hidden layers of 8 tanh units: epoch 0/);
    });

    test("Step by mouse trains one epoch of lib's mini-batch descent per press, and redraws", async () => {
      const curveBefore = await byTestId('tp-cost-curve').getAttribute('d');
      const pixelsBefore = await byTestId('tp-canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
      for (let k = 1; k <= 3; k++) {
        await byTestId('tp-step').click();
        expect(await shown(), `after ${k} presses`).toEqual(libRun(DEFAULTS, 1, k));
      }
      expect(await status()).toMatch(/^One epoch \(20 mini-batch steps\): epoch 3: loss /);
      expect(await byTestId('tp-cost-curve').getAttribute('d')).not.toBe(curveBefore);
      expect(await byTestId('tp-canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(pixelsBefore);
    });

    test('the heat map shows both classes once the network has learned XOR', async () => {
      for (let k = 0; k < 15; k++) await byTestId('tp-step').click();
      const colours = await byTestId('tp-canvas').evaluate((c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        const seen = new Set<string>();
        for (let i = 0; i < data.length; i += 4 * 97) seen.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
        return seen.size;
      });
      expect(colours).toBeGreaterThan(10);
    });

    test('Step, Play, Pause and Reset work from the keyboard, and Pause stops training', async () => {
      await byTestId('tp-step').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      expect(await shown()).toEqual(libRun(DEFAULTS, 1, 2));

      await byTestId('tp-play').focus();
      await page.keyboard.press('Space');
      expect(await byTestId('tp-play').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(10);
      await page.keyboard.press('Enter');
      await expect.poll(status).toMatch(/^Paused at epoch \d+: loss /);
      expect(await byTestId('tp-play').getAttribute('aria-pressed')).toBe('false');
      const epochs = await epochShown();
      expect(await shown()).toEqual(libRun(DEFAULTS, 1, epochs));
      // Paused means paused: the epoch stays put.
      await page.waitForTimeout(400);
      expect(await epochShown()).toBe(epochs);

      await byTestId('tp-reset').focus();
      await page.keyboard.press('Enter');
      expect(await shown()).toEqual(libRun(DEFAULTS, 2, 0));
      expect(await status()).toMatch(/^Reset: 2 hidden layers of 8 tanh units\. New random weights \(seed 2\): epoch 0/);
    });

    test('Play and Pause by mouse', async () => {
      await byTestId('tp-play').click();
      expect(await byTestId('tp-play').innerText()).toBe('Pause');
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(5);
      await byTestId('tp-play').click();
      expect(await byTestId('tp-play').innerText()).toBe('Play');
      const epochs = await epochShown();
      expect(await shown()).toEqual(libRun(DEFAULTS, 1, epochs));
      await page.waitForTimeout(300);
      expect(await epochShown()).toBe(epochs);
    });

    test('changing the dataset, the network and the learning rate, by mouse and keyboard', async () => {
      const before = await readout('tp-loss');
      await byTestId('tp-dataset').selectOption('circles');
      expect(await status()).toMatch(/^Circles loaded: 200 points\. New random weights \(seed 2\): epoch 0/);
      const circles = { ...DEFAULTS, dataset: 'circles' as const };
      expect(await shown()).toEqual(libRun(circles, 2, 0));
      expect(await readout('tp-loss')).not.toBe(before);
      await byTestId('tp-step').click();
      expect(await shown()).toEqual(libRun(circles, 2, 1));

      // The keyboard changes a select too: focus it and press the arrow key.
      await byTestId('tp-layers').focus();
      await page.keyboard.press('ArrowUp'); // 2 → 1 hidden layer
      await expect.poll(status).toMatch(/^Now 1 hidden layer\. New random weights \(seed 3\)/);
      const oneLayer = { ...circles, layers: 1 };
      expect(await shown()).toEqual(libRun(oneLayer, 3, 0));

      await byTestId('tp-activation').selectOption('relu');
      await byTestId('tp-width').selectOption('4');
      await byTestId('tp-optimiser').selectOption('adam');
      const changed = { ...oneLayer, activation: 'relu' as const, width: 4, optimiser: 'adam' as const };
      await byTestId('tp-step').click();
      expect(await shown()).toEqual(libRun(changed, 6, 1));
      expect(await readout('tp-network')).toBe('1 hidden layer of 4 relu units, seed 6');

      const slider = byTestId('tp-rate');
      await slider.focus();
      await page.keyboard.press('ArrowLeft'); // 0.3 → 0.1
      expect(await byTestId('tp-rate-value').innerText()).toBe('0.1');
      expect(await slider.getAttribute('aria-valuetext')).toBe('η = 0.1');
      expect(await status()).toBe('Learning rate 0.1 from the next step on.');
      // A new rate keeps the weights: the epoch count goes on.
      expect(await epochShown()).toBe(1);
    });

    test('the table lists the epochs with their loss and accuracy', async () => {
      for (let k = 0; k < 4; k++) await byTestId('tp-step').click();
      await widget.locator('details.nn-widget-table summary').click();
      const rows = await byTestId('tp-table').locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')),
      );
      expect(rows).toHaveLength(5);
      rows.forEach((row, k) => {
        const want = libRun(DEFAULTS, 1, k);
        expect(row, `epoch ${k}`).toEqual([String(k), want.loss, want.accuracy]);
      });
    });

    test('leaving the page while it plays stops the loop without an error', async () => {
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
      await byTestId('tp-play').click();
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(3);
      expect(await framesAsked()).toBeGreaterThan(2);
      await page.locator('.VPNavBarTitle a').first().click();
      await page.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => page.locator('[data-testid="training-playground"]').count()).toBe(0);
      await page.waitForTimeout(200);
      const afterLeaving = await framesAsked();
      await page.waitForTimeout(500);
      expect(await framesAsked(), 'animation frames asked for after the widget left').toBe(afterLeaving);
    });
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    test('axe finds no serious or critical violation in the widget', async () => {
      const { opened, widget } = await openPlayground(path, { colorScheme });
      try {
        const { page } = opened;
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
        for (let k = 0; k < 3; k++) await widget.locator('[data-testid="tp-step"]').click();
        await widget.locator('details.nn-widget-table summary').click();
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          type Axe = { run: (context: object, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
          const axe = (window as unknown as { axe: Axe }).axe;
          const results = await axe.run({ include: [['[data-testid="training-playground"]']] }, { resultTypes: ['violations'] });
          return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
        });
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        expect(opened.errors).toEqual([]);
      } finally {
        await closePage(opened);
      }
    });
  });

  test('fits a 360 px wide phone without sideways scrolling, and still trains', async () => {
    const { opened, widget } = await openPlayground(path, { viewport: PHONE });
    try {
      const { page } = opened;
      await widget.locator('details.nn-widget-table summary').click();
      const problems = await widget.evaluate((root) => {
        const found: string[] = [];
        const box = root.getBoundingClientRect();
        if (root.scrollWidth > root.clientWidth) found.push(`the widget scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
        for (const element of Array.from(root.querySelectorAll('*'))) {
          if (element.closest('.nn-widget-table-scroll')) continue; // the table scrolls in its own box
          const r = element.getBoundingClientRect();
          if (r.width > 0 && r.right > box.right + 0.5) found.push(`<${element.tagName} class="${element.getAttribute('class') ?? ''}"> ends at ${r.right} px`);
        }
        return found;
      });
      expect(problems).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
      await widget.locator('[data-testid="tp-step"]').click();
      expect(await widget.locator('[data-testid="tp-epoch"] dd').innerText()).toBe('1');
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
        const { opened, widget } = await openPlayground(path, { viewport, colorScheme, deviceScaleFactor: 2 });
        try {
          for (let k = 0; k < 20; k++) await widget.locator('[data-testid="tp-step"]').click();
          const scrollY = await opened.page.evaluate(() => {
            window.scrollTo(0, 0);
            return window.scrollY;
          });
          const box = (await widget.boundingBox())!;
          await opened.page.screenshot({
            path: join(folder, `training-playground-${slug}-${device}-${colorScheme}.png`),
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
