/**
 * The site's structure matches the manifest: the sidebar lists every chapter and every sidebar
 * link resolves, and each exercise has its #exercise-<name> section on its chapter page (the
 * grade report links there).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chapterId, exerciseAnchor } from '../../course.ts';
import { closePage, launchBrowser, openPage, url } from './browser.ts';
import { chapterPages } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sidebar', () => {
  test('lists the guide pages and every chapter of the manifest, in order, and every link resolves', async () => {
    const opened = await openPage(browser, '/guide');
    try {
      const links = await opened.page.locator('.VPSidebar a.VPLink').evaluateAll((anchors) =>
        anchors.map((a) => ({ text: a.textContent?.trim() ?? '', href: new URL((a as HTMLAnchorElement).href).pathname })),
      );
      const expected = [
        '/guide',
        '/notation',
        '/instructors',
        ...chapterPages.map((p) => p.path),
      ];
      expect(links.map((l) => l.href)).toEqual(expected);
      for (const page of chapterPages) {
        const link = links.find((l) => l.href === page.path);
        expect(link?.text).toBe(`${page.chapter!.number}. ${page.chapter!.title}`);
      }
      for (const { href } of links) {
        const response = await fetch(url(href));
        expect(response.status, `GET ${href}`).toBe(200);
      }
    } finally {
      await closePage(opened);
    }
  });

  test('the nav bar links to Home, Guide, Notation and Instructors', async () => {
    const opened = await openPage(browser, '/');
    try {
      const nav = await opened.page.locator('.VPNavBarMenu a').evaluateAll((anchors) =>
        anchors.map((a) => [a.textContent?.trim(), new URL((a as HTMLAnchorElement).href).pathname]),
      );
      expect(nav).toEqual([['Home', '/'], ['Guide', '/guide'], ['Notation', '/notation'], ['Instructors', '/instructors']]);
    } finally {
      await closePage(opened);
    }
  });
});

describe.each(chapterPages)('exercises on $path', ({ path, chapter }) => {
  test.each(chapter!.exercises)('#exercise-$name is there, with its signature, grading and hints', async (exercise) => {
    const opened = await openPage(browser, `${path}#${exerciseAnchor(exercise)}`);
    try {
      const anchor = exerciseAnchor(exercise);
      expect(await opened.page.locator(`#${anchor}`).count(), `<Exercise name="${exercise.name}" /> on docs/${chapterId(chapter!)}.md`).toBe(1);
      const card = opened.page.locator(`section[aria-labelledby="${anchor}"]`);
      const text = await card.innerText();
      expect(text).toContain(exercise.name);
      expect(text).toMatch(new RegExp(`(function|class) ${exercise.name}\\b`));
      expect(text).toContain(exercise.graded);
      expect(text).toContain(`npm test -- ${String(chapter!.number).padStart(2, '0')}`);
      expect(await card.locator('details summary').allInnerTexts()).toEqual(exercise.hints.map((_, i) => `Hint ${i + 1}`));
    } finally {
      await closePage(opened);
    }
  });
});
