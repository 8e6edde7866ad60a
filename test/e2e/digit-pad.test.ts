/**
 * Chapter 10's <DigitPad>, on the built site (the reference network only: the built site has no
 * learner). Drawn on with the mouse, it answers with ten probabilities and a prediction, and the
 * forward pass fits in one 16 ms frame; a held-out test digit picked with the keyboard is read as
 * lib/ reads it; Clear empties it; it fits a phone. Axe, contrast and the Tab walk run for every
 * widget in page-accessibility.ts.
 */
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { digitNetworkFromFile, digitProbabilities, splitDigits } from '../../lib/digit-classifier.ts';
import { loadDigits } from '../../lib/digits.ts';
import { referenceRun } from '../../docs/.vitepress/digits/reference-run.ts';
import { describeWidget, type WidgetUnderTest } from './widget-harness.ts';
import { digitPad } from './widgets.ts';

/** One frame at 60 frames per second (DESIGN §8: the pad answers within one). */
const FRAME_MS = 16;

/** The network loads when the pad nears the screen: scroll to it, and wait until it has. */
async function loaded(w: WidgetUnderTest): Promise<void> {
  await w.widget.scrollIntoViewIfNeeded();
  await w.widget.and(w.page.locator('[data-loaded]')).waitFor({ timeout: 60_000 });
}

/** The ten probabilities the bars show, as fractions, and the row marked as the answer. */
async function bars(widget: Locator): Promise<{ values: number[]; top: number | null }> {
  const rows = widget.locator('[data-testid="dp-bars"] tbody tr');
  const values = (await rows.locator('.dp-value').allInnerTexts()).map((text) => Number(text.replace('%', '')) / 100);
  const top = await rows.evaluateAll((trs) => trs.findIndex((tr) => tr.classList.contains('dp-top')));
  return { values, top: top < 0 ? null : top };
}

/** Draws a stroke with the mouse through points given as fractions of the pad's box. */
async function drawStroke(page: Page, pad: Locator, points: [number, number][]): Promise<void> {
  await pad.scrollIntoViewIfNeeded(); // the mouse only reaches what is on screen
  const box = (await pad.boundingBox())!;
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 8 });
  await page.mouse.up();
}

const root = fileURLToPath(new URL('../..', import.meta.url));

describeWidget(
  digitPad,
  {
    phone: {
      still: 'still reads a picked test digit',
      responds: async (w) => {
        await loaded(w);
        await w.byTestId('dp-pick').selectOption({ index: 1 });
        expect((await bars(w.widget)).top).not.toBeNull();
      },
    },
  },
  (w) => {
    test('drawn on with the mouse, it answers with ten probabilities and a prediction, the forward pass within one frame', async () => {
      expect(await w.widget.getAttribute('data-loaded'), 'the weights wait until the pad nears the screen').toBeNull();
      await loaded(w);
      expect((await bars(w.widget)).top, 'no answer before anything is drawn').toBeNull();
      // A "1": one vertical stroke down the middle of the pad.
      await drawStroke(w.page, w.byTestId('dp-pad'), [[0.5, 0.15], [0.5, 0.85]]);
      await expect.poll(() => w.byTestId('dp-status').innerText()).toMatch(/reads it as \d, with probability/);
      const { values, top } = await bars(w.widget);
      expect(values).toHaveLength(10);
      expect(values.every((p) => p >= 0 && p <= 1)).toBe(true);
      expect(Math.abs(values.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.01); // ten percentages rounded to 0.1
      expect(top, 'a vertical stroke is read as a 1').toBe(1);
      expect(await w.byTestId('dp-status').innerText()).toContain('reads it as 1');
      // The forward pass of the last reading, timed by the page itself with performance.now().
      const forwardMs = Number(await w.widget.getAttribute('data-forward-ms'));
      console.log(`digit pad: forward pass ${forwardMs.toFixed(3)} ms in Chromium`);
      expect(forwardMs).toBeGreaterThanOrEqual(0);
      expect(forwardMs).toBeLessThan(FRAME_MS);
      // The preview shows ink where the input has it: the 28 × 28 input is not empty.
      const inked = await w.byTestId('dp-preview').evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, 28, 28).data;
        let count = 0;
        for (let k = 0; k < data.length; k += 4) if (data[k] > 0) count++;
        return count;
      });
      expect(inked).toBeGreaterThan(10);
    });

    test('a held-out test digit picked with the keyboard is read as lib/ reads it', async () => {
      await loaded(w);
      const select = w.byTestId('dp-pick');
      await select.focus();
      await w.page.keyboard.press('ArrowDown');
      const status = await w.byTestId('dp-status').innerText();
      const [, number, label] = /Test digit (\d+), a handwritten (\d)\./.exec(status) ?? [];
      expect(number, status).toBeDefined();
      const index = Number(number) - 1;
      const { test: testSet } = loadDigits();
      expect(testSet.labels[index]).toBe(Number(label));
      const digit = splitDigits(splitDigits(testSet, index + 1)[0], index)[1];
      const [expected] = digitProbabilities(digitNetworkFromFile(referenceRun(root).network), digit);
      const { values, top } = await bars(w.widget);
      expect(top).toBe(expected.indexOf(Math.max(...expected)));
      // The pad's weights are float32 and its pixels bytes: equal to lib's to within a point.
      values.forEach((p, k) => expect(Math.abs(p - expected[k]), `probability of ${k}`).toBeLessThan(0.01));
    });

    test('Clear empties the pad, the input and the bars', async () => {
      await loaded(w);
      await drawStroke(w.page, w.byTestId('dp-pad'), [[0.3, 0.3], [0.7, 0.3], [0.4, 0.8]]);
      await expect.poll(async () => (await bars(w.widget)).top).not.toBeNull();
      await w.byTestId('dp-clear').click();
      expect(await bars(w.widget)).toEqual({ values: Array(10).fill(NaN), top: null });
      expect(await w.byTestId('dp-status').innerText()).toContain('Cleared');
    });
  },
);
