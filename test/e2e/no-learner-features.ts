/**
 * The built site has no learner: what `npm start` adds from the learner's files (the "Use my code"
 * switch on a widget, a chapter's mark in the sidebar and on the home page) is not on any page,
 * and no script of theirs was loaded (it is dead code in the build, not hidden). Checked on every
 * page site-pages.ts opens, once its widgets are ready and shown in full; the dev-mode suites
 * check that `npm start` has them.
 */
import { expect, test } from 'vitest';
import { widgetsReady, type OpenedPage } from './browser.ts';

/** The scripts of the learner's features, by name: a built chunk is named after its module. */
const LEARNER_SCRIPTS = /use-?my-?code|learner|progress|chapter-?mark/i;

export function describeNoLearnerFeatures(visit: () => OpenedPage): void {
  test('has no "Use my code" switch and no chapter mark, and loaded no script of theirs: the built site has no learner', async () => {
    const { page, scripts } = visit();
    await widgetsReady(page);
    expect(await page.locator('[data-testid="use-my-code"], [data-testid="chapter-mark"]').count()).toBe(0);
    expect([...scripts].filter((script) => LEARNER_SCRIPTS.test(script))).toEqual([]);
  });
}
