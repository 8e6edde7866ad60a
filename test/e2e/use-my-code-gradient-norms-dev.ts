/**
 * "Use my code" in `npm start` for the gradient norms, on the dev server's scratch learner with the
 * course's solutions of chapters 2, 6 and 7 and a chapter 9 whose gradientNormsByLayer forgets the
 * square root (it returns the squared norms) and whose heInit is not started, then throws. The
 * table's norms are then the squares of lib's, the spread of the activations still lib's; with He,
 * heInit's badge says why the reference draws the weights; with ELU, which chapter 6 has not, the
 * norms are the reference's and the widget says so. The built site has no switch (no-learner-features.ts checks every page).
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { measureDeepNetwork } from '../../docs/.vitepress/theme/gradient-norms/deep-network.ts';
import { fmtNorm } from '../../docs/.vitepress/theme/gradient-norms/useGradientNorms.ts';
import { DEV_SLOW, type DevServer, devSuite } from './dev-server.ts';
import { openWidget, tableRows, waitForBadges } from './use-my-code-harness.ts';

const solution = (file: string) => readFileSync(new URL(`../../solutions/${file}`, import.meta.url), 'utf8');

/** The solutions of the chapters chapter 9's runs, and chapter 9's with the two changes, each checked to apply. */
function writeChapters(dev: DevServer, heInitFirstLine: string): void {
  for (const file of ['02-activation-functions.ts', '06-forward-propagation.ts', '07-backpropagation.ts']) dev.replaceLearnerFile(file, solution(file));
  let source = solution('09-deep-networks.ts');
  for (const [from, to] of [
    ['Math.sqrt(dW.reduce((s, row) => row.reduce((t, g) => t + g * g, s), 0))', 'dW.reduce((s, row) => row.reduce((t, g) => t + g * g, s), 0)'],
    ['export function heInit(nIn: number, nOut: number, seed: number): Matrix {', `export function heInit(nIn: number, nOut: number, seed: number): Matrix {\n  ${heInitFirstLine}`],
  ]) {
    if (!source.includes(from)) throw new Error(`solutions/09-deep-networks.ts no longer has "${from}"`);
    source = source.replace(from, to);
  }
  dev.replaceLearnerFile('09-deep-networks.ts', `import { NotImplemented } from '../lib/not-implemented.ts';\n${source}`);
}

const GRADIENT_NORMS = '09-deep-networks/gradientNormsByLayer';
const HE_INIT = '09-deep-networks/heInit';
/** The table's norms and spreads, layer by layer, as printed. */
const columns = async (rows: Promise<string[][]>) => (await rows).map(([, norm, std]) => ({ norm, std }));

export const useMyCodeGradientNorms = devSuite('use my code: the gradient norms', ['09-deep-networks.md'], (dev, browser) => {
  test(
    "the norms are the learner's gradientNormsByLayer's, squared by mistake; heInit's fallbacks and ELU's reference are named",
    async () => {
      writeChapters(dev, "throw new NotImplemented('heInit');");
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/09-deep-networks', 'gradient-norms', { switchOn: false });
      const table = () => columns(tableRows(widget, 'gn-table'));
      const libs = await table();
      const switchOn = widget.getByRole('checkbox', { name: /Use my code/ });
      await switchOn.check();
      await waitForBadges(widget, { [GRADIENT_NORMS]: 'yours' });
      // The widget's first setting: 10 sigmoid layers, Xavier.
      const squared = measureDeepNetwork({ depth: 10, activation: 'sigmoid', init: 'xavier' }).norms.map((n) => fmtNorm(n * n));
      await expect.poll(async () => (await table()).map((row) => row.norm)).toEqual(squared);
      expect((await table()).map((row) => row.std)).toEqual(libs.map((row) => row.std));

      await widget.getByTestId('gn-init').selectOption('he');
      await waitForBadges(widget, { [GRADIENT_NORMS]: 'yours', [HE_INIT]: 'not started' });
      writeChapters(dev, "throw new Error('my He is broken');");
      await waitForBadges(widget, { [GRADIENT_NORMS]: 'yours', [HE_INIT]: 'throws' });
      await expect(widget.getByTestId('gn-reference-norms').count()).resolves.toBe(0);
      await widget.getByTestId('gn-activation').selectOption('elu');
      await waitForBadges(widget, { [HE_INIT]: 'throws' });
      await widget.getByTestId('gn-reference-norms').waitFor();

      await switchOn.uncheck();
      const libElu = measureDeepNetwork({ depth: 10, activation: 'elu', init: 'he' }).norms.map(fmtNorm);
      await expect.poll(async () => (await table()).map((row) => row.norm)).toEqual(libElu);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

});
