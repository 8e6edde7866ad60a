/**
 * What a chapter costs a phone before it is usable: every script the page loads until each of its
 * widgets is ready, at most 100 KiB gzipped (DESIGN §8). The test server sends the files
 * uncompressed, so they are gzipped here from the built site. What a page fetches later (the
 * digit pad's weights when it nears the screen, search when it is opened) is not counted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { widgetsReady, type OpenedPage } from './browser.ts';
import type { SitePage } from './site.ts';

/** DESIGN §8's budget. */
const BUDGET_KIB = 100;
const dist = fileURLToPath(new URL('../../docs/.vitepress/dist', import.meta.url));

/** The budget check of a chapter page, on the page `visit()` returns as loaded (before anything else is shown). */
export function describePageWeight(sitePage: SitePage, visit: () => OpenedPage): void {
  if (!sitePage.chapter) return;

  test(`loads at most ${BUDGET_KIB} KiB of gzipped script until its widgets are ready`, async () => {
    const { page, scripts } = visit();
    await widgetsReady(page);
    const sizes = [...scripts].map((file) => ({ file, kib: gzipSync(readFileSync(`${dist}${file}`)).length / 1024 }));
    const total = sizes.reduce((sum, s) => sum + s.kib, 0);
    const largest = [...sizes]
      .sort((a, b) => b.kib - a.kib)
      .slice(0, 4)
      .map((s) => `${s.file} ${s.kib.toFixed(1)} KiB`)
      .join(', ');
    expect(total, `${sitePage.path} loads ${sizes.length} scripts, ${total.toFixed(1)} KiB gzipped; the largest: ${largest}`).toBeLessThanOrEqual(BUDGET_KIB);
  });
}
