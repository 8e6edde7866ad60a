/**
 * "Use my code" in `npm start` for the two curve widgets, on the dev server's scratch learner
 * (GRADE_LEARNER), with no grade yet, whose chapter 2 and chapter 3 have exercises solved,
 * not started, throwing and (chapter 2) looping. With the switch on, the activation explorer draws
 * the learner's activation and derivative and the nudge explorer measures with their difference
 * quotients; each falls back to lib per exercise with a badge that names it and says why, and the
 * badges follow the function on screen. Where the learner's numbers differ from lib's (heaviside
 * with chapter 1's value at 0, a central difference that forgot the 2), the widget shows theirs.
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts).
 */
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { elementwise } from '../../lib/activations.ts';
import { DEV_SLOW, type DevServer, devSuite } from './dev-server.ts';
import { openWidget, stubWith, waitForBadges } from './use-my-code-harness.ts';

/** The learner's chapter 2: heaviside solved the chapter 1 way (0 at z = 0, where the course's step gives 1/2), sigmoid solved, tanh throwing, softplus looping; the rest not started. */
const CHAPTER_2 = stubWith('02-activation-functions', {
  heaviside: '  return z > 0 ? 1 : 0;',
  sigmoid: `  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);`,
  tanh: "  throw new Error('my tanh is broken');",
  softplus: '  for (;;) {}',
});

/** The learner's chapter 3: centralDifference forgot the 2 (twice the slope), reluPrime throws, tanhPrime and others not started. */
const CHAPTER_3_BODIES = {
  forwardDifference: '  return (f(x + h) - f(x)) / h;',
  centralDifference: '  return (f(x + h) - f(x - h)) / h;',
  sigmoidPrime: `  const a = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return a * (1 - a);`,
  reluPrime: "  throw new Error('my reluPrime is broken');",
  relativeError: '  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);',
};
const CHAPTER_3 = stubWith('03-derivatives', CHAPTER_3_BODIES);

/** The learner's chapters 2 and 3 as above, until the test ends. */
function writeChapters(dev: DevServer): void {
  dev.replaceLearnerFile('02-activation-functions.ts', CHAPTER_2);
  dev.replaceLearnerFile('03-derivatives.ts', CHAPTER_3);
}

const readout = (widget: Locator, testId: string) => widget.getByTestId(testId).locator('dd').innerText();
/** lib's value as the activation explorer prints it: 6 significant digits, a true minus sign. */
const six = (value: number) => String(Number(value.toPrecision(6))).replace(/-/g, '−');

export const useMyCodeCurves = devSuite('use my code: the activation and nudge explorers', ['02-activation-functions.md', '03-derivatives.md'], (dev, browser) => {
  test(
    'the activation explorer draws the learner’s function and derivative, and falls back per exercise with a badge',
    async () => {
      writeChapters(dev);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/02-activation-functions', 'activation-explorer');
      // Sigmoid at z = 1.5 to start: both solved, so theirs (the same numbers as lib's).
      await waitForBadges(widget, { '02-activation-functions/sigmoid': 'yours', '03-derivatives/sigmoidPrime': 'yours' });
      expect(await readout(widget, 'ae-value-g')).toBe(six(elementwise.sigmoid.f(1.5, 0)));

      // Heaviside with chapter 1's value at 0: the widget shows theirs, 0, where lib's is 0.5. The
      // badges now name heaviside alone: sigmoid's were for the function shown before.
      await widget.getByTestId('ae-fn-heaviside').click();
      await widget.getByTestId('ae-plot').focus();
      await page.keyboard.press('0');
      await waitForBadges(widget, { '02-activation-functions/heaviside': 'yours' });
      expect(elementwise.heaviside.f(0, 0)).toBe(0.5);
      await expect.poll(() => readout(widget, 'ae-value-g')).toBe('0');
      await expect.poll(() => widget.getByTestId('ae-status').innerText()).toMatch(/^Heaviside step at z = 0: g\(z\) = 0, g′\(z\) = 0\./);
      await widget.locator('details.ae-table summary').click();
      const zeroRow = widget.getByTestId('ae-table').locator('tr', { hasText: /^0 \(point\)/ });
      expect(await zeroRow.locator('td').allInnerTexts()).toEqual(['0 (point)', '0', '0*']);

      // tanh throws: lib's tanh, with the learner's error; tanhPrime is not started.
      await widget.getByTestId('ae-fn-tanh').click();
      await waitForBadges(widget, { '02-activation-functions/tanh': 'throws', '03-derivatives/tanhPrime': 'not started' });
      expect(await widget.locator('[data-exercise="02-activation-functions/tanh"]').innerText()).toMatch(
        /tanh \(chapter 2\): throws, so the reference runs: my tanh is broken/,
      );
      await widget.getByTestId('ae-plot').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => readout(widget, 'ae-value-g')).toBe(six(elementwise.tanh.f(0.1, 0)));

      // ReLU is not started; its derivative throws.
      await widget.getByTestId('ae-fn-relu').click();
      await waitForBadges(widget, { '02-activation-functions/relu': 'not started', '03-derivatives/reluPrime': 'throws' });
      expect(await readout(widget, 'ae-value-dg')).toBe(six(elementwise.relu.df(0.1, 0)));
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    'an endless loop in the learner’s activation is stopped, the tab stays responsive and lib’s curve is drawn',
    async () => {
      writeChapters(dev);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/02-activation-functions', 'activation-explorer');
      await waitForBadges(widget, { '02-activation-functions/sigmoid': 'yours', '03-derivatives/sigmoidPrime': 'yours' });
      await widget.getByTestId('ae-fn-softplus').click();
      // While the worker loops, the page's own thread answers at once.
      const started = Date.now();
      await page.evaluate(() => 1 + 1);
      expect(Date.now() - started).toBeLessThan(1000);
      await waitForBadges(widget, { '02-activation-functions/softplus': 'endless loop', '03-derivatives/softplusPrime': 'not started' });
      expect(await readout(widget, 'ae-value-g')).toBe(six(elementwise.softplus.f(1.5, 0)));
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    'the nudge explorer measures with the learner’s difference quotients and their σ, and falls back per exercise',
    async () => {
      writeChapters(dev);
      const { widget, errors, page } = await openWidget(browser(), dev.baseUrl(), '/03-derivatives', 'nudge-explorer');
      const quotients = { '03-derivatives/forwardDifference': 'yours', '03-derivatives/centralDifference': 'yours', '03-derivatives/relativeError': 'yours' };
      // a² at a = 1, h = 0.5: the page's function, the learner's quotients.
      await waitForBadges(widget, quotients);
      expect(await readout(widget, 'ne-value-estimate')).toBe('2.5'); // (1.5² − 1) / 0.5, as lib's
      // Their central difference forgot the 2: (1.5² − 0.5²) / 0.5 = 4, where lib's is 2.
      await widget.getByTestId('ne-method-central').click();
      await expect.poll(() => readout(widget, 'ne-value-estimate')).toBe('4');
      expect(await readout(widget, 'ne-value-error')).toBe('2');
      expect(await readout(widget, 'ne-value-relative')).toBe('0.5');
      await widget.locator('details.ne-table summary').click();
      const halfRow = widget.getByTestId('ne-table').locator('tr', { hasText: /^0\.5 \(slider\)/ });
      expect((await halfRow.locator('td').allInnerTexts()).slice(0, 4)).toEqual(['0.5 (slider)', '2.5', '0.5', '4']);

      // σ: theirs, as f and as f′; tanh throws, so lib's tanh is nudged, with lib's derivative.
      await widget.getByTestId('ne-fn-sigmoid').click();
      await waitForBadges(widget, { ...quotients, '02-activation-functions/sigmoid': 'yours', '03-derivatives/sigmoidPrime': 'yours' });
      await widget.getByTestId('ne-fn-tanh').click();
      await waitForBadges(widget, { ...quotients, '02-activation-functions/tanh': 'throws', '03-derivatives/tanhPrime': 'not started' });
      const tanh = elementwise.tanh;
      expect(await readout(widget, 'ne-value-exact')).toBe(String(Number(tanh.df(1, 0).toPrecision(12))));
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    'a learner’s difference quotient that loops after calling their σ is stopped and blamed, not σ; saving it updates the widget',
    async () => {
      writeChapters(dev);
      const { widget, errors, page } = await openWidget(browser(), dev.baseUrl(), '/03-derivatives', 'nudge-explorer');
      await widget.getByTestId('ne-fn-sigmoid').click();
      const yours = {
        '03-derivatives/forwardDifference': 'yours',
        '03-derivatives/centralDifference': 'yours',
        '03-derivatives/relativeError': 'yours',
        '02-activation-functions/sigmoid': 'yours',
        '03-derivatives/sigmoidPrime': 'yours',
      };
      await waitForBadges(widget, yours);
      // It calls f, then loops: the loop is forwardDifference's, not the f it called.
      const loopAfterF = stubWith('03-derivatives', { ...CHAPTER_3_BODIES, forwardDifference: '  const rise = f(x + h) - f(x);\n  for (;;) {}' });
      try {
        dev.replaceLearnerFile('03-derivatives.ts', loopAfterF);
        // A save compiles one file: a minute is plenty, and a wrong blame fails with the badges shown.
        await waitForBadges(widget, { ...yours, '03-derivatives/forwardDifference': 'endless loop' }, 60_000);
        expect(await readout(widget, 'ne-value-estimate')).toBe(String(Number(((elementwise.sigmoid.f(1.5, 0) - elementwise.sigmoid.f(1, 0)) / 0.5).toPrecision(12))));
      } finally {
        dev.replaceLearnerFile('03-derivatives.ts', CHAPTER_3);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );
});
