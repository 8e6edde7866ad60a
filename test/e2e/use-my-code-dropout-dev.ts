/**
 * "Use my code" in `npm start` for the dropout masks, on the dev server's scratch learner: the
 * learner's chapter 9 dropoutForward draws the masks. One that forgets to divide by keepProb shows
 * its outputs (and their mean) undivided; one that throws is laid to the reference, whose numbers
 * the widget then shows.
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts).
 */
import { expect, test } from 'vitest';
import { DEV_SLOW, type DevServer, devSuite } from './dev-server.ts';
import { openWidget, waitForBadges } from './use-my-code-harness.ts';

/** The learner's chapter 9 with dropoutForward's body as given (the rest of the file does not matter here). */
function writeChapter9(dev: DevServer, body: string): void {
  dev.replaceLearnerFile(
    '09-deep-networks.ts',
    `import { createRandom } from '../lib/random.ts';
export function dropoutForward(A: number[][], keepProb: number, seed: number) {
${body}
}
`,
  );
}

/** Draws as the exercise says, but forgets to divide the kept values by keepProb. */
const undivided = `  const random = createRandom(seed);
  const mask = A.map((row) => row.map(() => (random.next() < keepProb ? 1 : 0)));
  return { A: A.map((row, i) => row.map((v, j) => v * mask[i][j])), mask };`;

export const useMyCodeDropout = devSuite('use my code: the dropout masks', ['09-deep-networks.md'], (dev, browser) => {
  test(
    "the masks are the learner's dropoutForward's, mistakes included, and lib's while it throws",
    async () => {
      writeChapter9(dev, undivided);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/09-deep-networks', 'dropout-masks', { switchOn: false });
      const output = widget.getByTestId('dm-output');
      const reference = await output.innerText();
      await widget.getByRole('checkbox', { name: /Use my code/ }).check();
      await waitForBadges(widget, { '09-deep-networks/dropoutForward': 'yours' });
      // Undivided, the kept entries are the activations themselves: no longer lib's outputs.
      await expect.poll(() => output.innerText()).not.toBe(reference);
      await widget.getByTestId('dm-new-mask').click();
      await expect.poll(() => widget.getByTestId('dm-mean').innerText()).toMatch(/over 2 masks/);

      writeChapter9(dev, "  throw new Error('my dropout is broken');");
      await widget.getByTestId('dm-new-mask').click();
      await waitForBadges(widget, { '09-deep-networks/dropoutForward': 'throws' });
      await widget.getByRole('checkbox', { name: /Use my code/ }).uncheck();
      const libThird = await output.innerText();
      await widget.getByRole('checkbox', { name: /Use my code/ }).check();
      await waitForBadges(widget, { '09-deep-networks/dropoutForward': 'throws' });
      expect(await output.innerText()).toBe(libThird);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );
});
