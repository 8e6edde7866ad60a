/**
 * What a chapter costs a phone before it is usable: every script the page loads until each of its
 * widgets is ready (DESIGN §8: at most 100 KiB gzipped), gzipped here from the built files, since
 * the test server sends them uncompressed. The lazy parts a page fetches later (the digit pad's
 * weights, search) are not scripts of this first load.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { chapterPages } from './site.ts';
import { url, useBrowser } from './browser.ts';

const BUDGET_KIB = 100;
const dist = fileURLToPath(new URL('../../docs/.vitepress/dist', import.meta.url));
const browser = useBrowser();

describe('the scripts a chapter loads until its widgets are ready', () => {
  test.each(chapterPages)(`$path: at most ${BUDGET_KIB} KiB gzipped`, async ({ path }) => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      await page.goto(url(path), { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.querySelectorAll('.nn-widget:not([data-ready])').length === 0, undefined, { timeout: 60_000 });
      const sizes = [...scripts].map((file) => ({ file, kib: gzipSync(readFileSync(`${dist}${file}`)).length / 1024 }));
      const total = sizes.reduce((sum, s) => sum + s.kib, 0);
      const largest = [...sizes].sort((a, b) => b.kib - a.kib).slice(0, 4).map((s) => `${s.file} ${s.kib.toFixed(1)} KiB`).join(', ');
      expect(total, `${path} loads ${sizes.length} scripts, ${total.toFixed(1)} KiB gzipped; the largest: ${largest}`).toBeLessThanOrEqual(BUDGET_KIB);
    } finally {
      await context.close();
    }
  });
});
