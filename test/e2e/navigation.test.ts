/**
 * The site's structure matches the manifest: the sidebar lists every chapter and every sidebar
 * link resolves, and the nav bar links to the guide pages. (page-content.ts checks each exercise's
 * section on its chapter page.)
 */
import { describe, expect, test } from 'vitest';
import { closePage, openPage, url, useBrowser } from './browser.ts';
import { chapterPages } from './site.ts';

const browser = useBrowser();

describe('sidebar', () => {
  test('lists the guide pages and every chapter of the manifest, in order, and every link resolves', async () => {
    const opened = await openPage(browser(), '/guide');
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
    const opened = await openPage(browser(), '/');
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
