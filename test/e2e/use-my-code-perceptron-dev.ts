/**
 * "Use my code" in `npm start`, on the dev server's scratch learner (GRADE_LEARNER), whose chapter 1 has one exercise solved (weightedSum), one not started (perceptronPredict), one
 * that throws (perceptronUpdate) and one that never returns (trainPerceptron). With the switch on,
 * the perceptron playground runs the learner's weightedSum and lays the other three to the
 * reference, each with a badge naming the exercise and why; the endless loop is stopped without
 * freezing the tab; saving a fix updates the widget without reloading the page. The network
 * diagram draws what the learner's chapter 6 denseForward computes, mistakes included. The built
 * site has no switch (no-learner-features.ts checks every page).
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts).
 */
import { expect, test } from 'vitest';
import { DEV_SLOW, type DevServer, devSuite } from './dev-server.ts';
import { badges, openWidget, waitForBadge } from './use-my-code-harness.ts';

const weightedSum = `export function weightedSum(w: number[], b: number, x: number[]): number {
  if (w.length !== x.length) throw new Error('got ' + w.length + ' weights and ' + x.length + ' inputs');
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return z;
}`;
const brokenUpdate = `export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number) {
  throw new Error('my update is broken');
}`;
const fixedUpdate = `export function perceptronUpdate(w: number[], b: number, x: number[], y: number, eta: number) {
  const error = y - (weightedSum(w, b, x) > 0 ? 1 : 0);
  return { w: w.map((wi, i) => wi + eta * error * x[i]), b: b + eta * error };
}`;

function writeChapter1(dev: DevServer, update: string): void {
  dev.replaceLearnerFile(
    '01-perceptron.ts',
    `import { NotImplemented } from '../lib/not-implemented.ts';
${weightedSum}
export function step(z: number): 0 | 1 {
  return z > 0 ? 1 : 0;
}
export function perceptronPredict(w: number[], b: number, x: number[]): 0 | 1 {
  throw new NotImplemented('perceptronPredict');
}
${update}
export function trainPerceptron(xs: number[][], ys: number[], options = {}) {
  for (;;) {}
}
`,
  );
}
/** Chapter 6's denseForward runs but forgets the activation (A = Z): a mistake the diagram shows. */
function writeChapter6(dev: DevServer): void {
  dev.replaceLearnerFile(
    '06-forward-propagation.ts',
    `export function denseForward(aPrev: number[][], layer: { W: number[][]; b: number[][] }, activation: string) {
  const Z = layer.W.map((row, i) => aPrev[0].map((_, j) => row.reduce((sum, w, k) => sum + w * aPrev[k][j], 0) + layer.b[i][0]));
  return { aPrev, W: layer.W, b: layer.b, Z, A: Z, activation };
}
`,
  );
}

export const useMyCodePerceptron = devSuite('use my code: the perceptron playground and the network diagram', ['01-perceptron.md', '06-forward-propagation.md'], (dev, browser) => {
  test(
    'with the switch on, a solved exercise runs the learner’s code and the others fall back with a badge saying why',
    async () => {
      writeChapter1(dev, brokenUpdate);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/01-perceptron', 'playground', { switchOn: false });
      const toggle = widget.getByRole('checkbox', { name: /Use my code/ });
      expect(await toggle.isChecked()).toBe(false);
      await toggle.check();
      await widget.getByRole('button', { name: /^Step/ }).click();
      await waitForBadge(widget, '01-perceptron/perceptronUpdate', 'throws');
      expect(await badges(widget)).toEqual({
        '01-perceptron/weightedSum': 'yours',
        '01-perceptron/perceptronPredict': 'not started',
        '01-perceptron/perceptronUpdate': 'throws',
      });
      const thrown = widget.locator('[data-exercise="01-perceptron/perceptronUpdate"]');
      expect(await thrown.innerText()).toMatch(/perceptronUpdate \(chapter 1\): throws, so the reference runs: my update is broken/);
      // The reference stepped: AND's first example (0, 0) with label 0 is predicted 0.
      await expect.poll(() => widget.getByTestId('playground-status').innerText()).toMatch(/^Example 1 of 4: predicted 0, label 0, correct/);
      // The choice is remembered for the next page.
      expect(await page.evaluate(() => localStorage.getItem('nnfs:use-my-code'))).toBe('on');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    'an endless loop in the learner’s code is stopped, the tab stays responsive and the reference trains instead',
    async () => {
      writeChapter1(dev, brokenUpdate);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/01-perceptron', 'playground', { switchOn: false });
      await widget.getByRole('checkbox', { name: /Use my code/ }).check();
      await widget.getByRole('button', { name: /^Train/ }).click();
      // While the worker loops, the page's own thread answers at once.
      const started = Date.now();
      await page.evaluate(() => 1 + 1);
      expect(Date.now() - started).toBeLessThan(1000);
      await waitForBadge(widget, '01-perceptron/trainPerceptron', 'endless loop');
      await expect
        .poll(() => widget.getByTestId('playground-status').innerText(), { timeout: DEV_SLOW })
        .toMatch(/^Training converged after \d+ epochs/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    'saving a fix updates the widget without reloading the page',
    async () => {
      writeChapter1(dev, brokenUpdate);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/01-perceptron', 'playground', { switchOn: false });
      await widget.getByRole('checkbox', { name: /Use my code/ }).check();
      await widget.getByRole('button', { name: /^Step/ }).click();
      await waitForBadge(widget, '01-perceptron/perceptronUpdate', 'throws');
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      writeChapter1(dev, fixedUpdate);
      // The widget runs again for the saved file: its predictions at once, the update at the next step.
      await expect.poll(async () => (await badges(widget))['01-perceptron/perceptronUpdate'], { timeout: DEV_SLOW }).toBeUndefined();
      await widget.getByRole('button', { name: /^Step/ }).click();
      await waitForBadge(widget, '01-perceptron/perceptronUpdate', 'yours');
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

  test(
    "the network diagram draws what the learner's denseForward computes, mistakes included",
    async () => {
      writeChapter6(dev);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/06-forward-propagation', 'network-diagram', { switchOn: false });
      const status = widget.getByTestId('nd-status');
      const reference = await status.innerText();
      await widget.getByRole('checkbox', { name: /Use my code/ }).check();
      await waitForBadge(widget, '06-forward-propagation/denseForward', 'yours');
      // Without the activation, layer 1's a is its z: the sentence is no longer lib's.
      await expect.poll(() => status.innerText()).not.toBe(reference);
      await widget.getByRole('checkbox', { name: /Use my code/ }).uncheck();
      await expect.poll(() => status.innerText()).toBe(reference);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );
});
