/**
 * "Your network" in `npm start`: the digit pad served by `vitepress dev docs`. Before the capstone
 * has saved a network in the learner's state folder (GRADE_STATE_DIR), the pad says how to get one;
 * once digits-network.json appears there (as the capstone's grade writes it), the pad offers
 * "yours" beside the reference without a reload, and answers with it.
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { referenceRun } from '../../docs/.vitepress/digits/reference-run.ts';
import { DEV_SLOW as SLOW, devSuite } from './dev-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function openChapter(browser: Browser, baseUrl: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${baseUrl}/10-digits`, { timeout: SLOW });
  const pad = page.locator('[data-testid="digit-pad"]');
  await pad.waitFor({ timeout: SLOW });
  await pad.scrollIntoViewIfNeeded(); // the networks load when the pad nears the screen
  await page.locator('[data-testid="digit-pad"][data-loaded]').waitFor({ timeout: SLOW });
  return { page, errors };
}

export const digitPadYourNetwork = devSuite('your network on the digit pad', ['10-digits.md'], (dev, browser) => {
  test('offers "your network" as soon as the capstone saves it, says how to get it before, and answers with it', async () => {
    const { page, errors } = await openChapter(browser(), dev.baseUrl());
    const pad = page.locator('[data-testid="digit-pad"]');
    try {
      const missing = pad.locator('[data-testid="dp-yours-missing"]');
      await expect.poll(() => missing.innerText()).toContain('npm test -- 10');
      expect(await pad.locator('[data-testid="dp-yours"]').count()).toBe(0);

      // The capstone's grade writes the learner's network; here, the reference network's file.
      const network = { ...referenceRun(root).network, savedAt: new Date().toISOString() };
      writeFileSync(join(dev.stateDir, 'digits-network.json'), JSON.stringify(network));
      const yours = pad.locator('[data-testid="dp-yours"]');
      await yours.waitFor({ timeout: 60_000 });
      expect(await pad.locator('[data-testid="dp-yours-missing"]').count()).toBe(0);

      await yours.check();
      await pad.locator('[data-testid="dp-pick"]').selectOption({ index: 1 });
      await expect.poll(() => pad.locator('[data-testid="dp-status"]').innerText()).toMatch(/Your network reads it as \d, with probability/);
      expect(await pad.locator('[data-testid="dp-bars"] tbody tr.dp-top').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, SLOW);
});
