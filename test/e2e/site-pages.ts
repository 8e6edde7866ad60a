/**
 * Every page of the site, opened once for all its checks, in this order: as loaded on a desktop in
 * dark mode (page-content.ts) and what it loaded until its widgets were ready (page-weight.ts),
 * then with its widgets shown in full in dark and in light mode (page-accessibility.ts) and with
 * none of `npm start`'s learner features (no-learner-features.ts), then narrowed to a phone
 * (figures-on-phone.ts, math-on-phone.ts, and axe again in page-accessibility.ts); it logs no
 * error through any of it. A load of a chapter page (some 30,000 elements) costs seconds: one per
 * page, not one per kind of check.
 *
 * Four test files each take every fourth page (pages-*-of-four.test.ts), so that the chapter
 * pages, the heavy ones, fall evenly among them, and the pages are shared by the two workers in
 * quarters: the worker that ends the dev server's file (vitest.config.ts runs it first) takes a
 * quarter of them then, not a half that would run alone at the end.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, openPage, useBrowser, type OpenedPage } from './browser.ts';
import { describeFiguresOnPhone } from './figures-on-phone.ts';
import { describeMathOnPhone } from './math-on-phone.ts';
import { describeNoLearnerFeatures } from './no-learner-features.ts';
import { describePageAccessibility, describePageAccessibilityOnPhone } from './page-accessibility.ts';
import { describePageContent } from './page-content.ts';
import { describePageWeight } from './page-weight.ts';
import type { SitePage } from './site.ts';

/** How many test files share the pages. */
export const PAGE_FILES = 4;

export function describeSitePages(pages: readonly SitePage[]): void {
  const browser = useBrowser();

  describe.each(pages)('$path', (sitePage) => {
    let opened: OpenedPage | undefined;
    const visit = () => {
      if (!opened) throw new Error(`${sitePage.path} did not open: see the error of the first hook`);
      return opened;
    };

    beforeAll(async () => {
      // Settled: late requests and async components have had their chance to fail. In dark mode,
      // which page-accessibility.ts checks first: one switch of mode per page (to light) rather
      // than two, and a switch restyles every one of a chapter page's 30,000 elements.
      opened = await openPage(browser(), sitePage.path, { settle: true, colorScheme: 'dark' });
    });
    afterAll(async () => {
      if (opened) await closePage(opened);
    });

    describePageContent(sitePage, visit);
    describePageWeight(sitePage, visit);
    describePageAccessibility(sitePage, visit);
    describeNoLearnerFeatures(visit);
    describeFiguresOnPhone(sitePage, visit);
    describeMathOnPhone(sitePage, visit);
    describePageAccessibilityOnPhone(sitePage, visit);

    test('logs no error through all of it', () => {
      expect(visit().errors).toEqual([]);
    });
  });
}
