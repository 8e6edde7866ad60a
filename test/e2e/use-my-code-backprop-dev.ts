/**
 * "Use my code" in `npm start` for the backprop stepper, on the dev server's scratch learner: its
 * chapter 6 is the stub (denseForward not started), and its chapter 7 has sigmoidBackward solved
 * with the notes' slip, σ′ = z(1 − z) (DESIGN §9), and a denseBackward that throws. The stepper's
 * σ′ rows are then the learner's slip, its forward rows lib's, each fallback with its badge; with
 * the switch off again, every row is lib's. The built site has no switch (no-learner-features.ts checks every page).
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts).
 */
import { expect, test } from 'vitest';
import { traceExample } from '../../docs/.vitepress/theme/backprop-stepper/example.ts';
import { fmt } from '../../docs/.vitepress/theme/backprop-stepper/steps.ts';
import { DEV_SLOW, devSuite } from './dev-server.ts';
import { openWidget, tableRows, waitForBadges } from './use-my-code-harness.ts';

const chapter7 = `export function sigmoidBackward(dA: number[][], Z: number[][]): number[][] {
  return Z.map((row, i) => row.map((z, j) => dA[i][j] * z * (1 - z)));
}
export function denseBackward(dZ: number[][], cache: unknown) {
  throw new Error('my dense layer is broken');
}
`;

const [hidden, output] = traceExample().layers;
/** The stepper's table as { quantity: value as printed }. */
const valuesByName = async (rows: Promise<string[][]>) => Object.fromEntries((await rows).map((cells) => [cells[1], cells[3]]));

export const useMyCodeBackprop = devSuite('use my code: the backprop stepper', ['07-backpropagation.md'], (dev, browser) => {
  test(
    "the σ′ rows are the learner's sigmoidBackward's, slip included, and lib's run where theirs is not started or throws",
    async () => {
      dev.replaceLearnerFile('07-backpropagation.ts', chapter7);
      const { page, widget, errors } = await openWidget(browser(), dev.baseUrl(), '/07-backpropagation', 'backprop-stepper', { switchOn: false });
      const table = () => valuesByName(tableRows(widget, 'bs-table'));
      const libs = await table();
      expect(libs['σ′(z(o₁))']).toBe(fmt(output.slope.data[0]));
      await widget.getByRole('checkbox', { name: /Use my code/ }).check();
      await waitForBadges(widget, {
        '06-forward-propagation/denseForward': 'not started',
        '07-backpropagation/sigmoidBackward': 'yours',
        '07-backpropagation/denseBackward': 'throws',
      });
      const z = output.z.data[0];
      await expect.poll(async () => (await table())['σ′(z(o₁))']).toBe(fmt(z * (1 - z)));
      const theirs = await table();
      expect(theirs['σ′(z(h₁))']).toBe(fmt(hidden.z.data[0] * (1 - hidden.z.data[0])));
      // The forward pass is lib's denseForward's, as its badge says.
      expect(theirs['z(h₁)']).toBe(libs['z(h₁)']);
      expect(theirs['a(o₂)']).toBe(libs['a(o₂)']);
      await widget.getByRole('checkbox', { name: /Use my code/ }).uncheck();
      await expect.poll(table).toEqual(libs);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    DEV_SLOW,
  );

});
