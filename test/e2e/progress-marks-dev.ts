/**
 * The learner's progress in `npm start`: `vitepress dev docs` with a progress file of its own
 * (as every grade writes it, test/grader/progress.ts). Each graded chapter is marked in the
 * sidebar and on the home page, ✓ or its points, in words for a screen reader; a chapter never
 * graded has no mark; a grade of files changed since is marked stale; when a grade rewrites the
 * file, or the learner edits a chapter's file, the marks follow without a reload; and the marks keep their contrast in light and dark mode.
 * The built site has no learner: no marks, and nothing asks for them (no-learner-features.ts checks
 * every page).
 * A suite of dev-mode.test.ts, on its shared dev server (dev-server.ts), whose learner is a scratch
 * copy of exercises/: the progress file holds the grades of that folder.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { chapterId, chapters } from '../../course.ts';
import type { Status } from '../grader/status.ts';
import { chapterKey, learnerFolder } from '../grader/status-cache.ts';
import { DEV_SLOW, devSuite } from './dev-server.ts';
import { runAxe } from './axe.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ids = chapters.map(chapterId);

/**
 * Chapter `id` graded on the learner's files as they are (or on others: `stale`), its exercises
 * earning `earned` (all when omitted). The learner is the dev server's: useDevServer sets this
 * process's GRADE_LEARNER to it, which chapterKey reads.
 */
function graded(id: string, earned?: number[], stale = false) {
  const chapter = chapters.find((c) => chapterId(c) === id)!;
  const exercises = chapter.exercises.map((e, k) => {
    const got = earned ? earned[k] : e.points;
    const status: Status = got === e.points ? 'passed' : 'failing';
    return { name: e.name, status, earned: got, points: e.points };
  });
  return { gradedAt: '2026-12-06T10:00:00.000Z', key: stale ? 'graded on other files' : chapterKey(id, ids), exercises };
}

const activation = chapters.find((c) => chapterId(c) === '02-activation-functions')!;
const activationTotal = activation.exercises.reduce((s, e) => s + e.points, 0);
// Every exercise of chapter 2 but the first two passes.
const activationEarned = activation.exercises.map((e, k) => (k < 2 ? 0 : e.points));
const activationPoints = activationEarned.reduce((s, p) => s + p, 0);

function writeProgress(stateDir: string, chapter2: ReturnType<typeof graded>, next?: { chapter: string; exercise: string }) {
  // Kept per learner folder (progress.ts), as learnerFolder() names it from GRADE_LEARNER.
  const progress = {
    [learnerFolder()!]: {
      chapters: { '00-getting-started': graded('00-getting-started'), '02-activation-functions': chapter2, '03-derivatives': graded('03-derivatives', undefined, true) },
      ...(next ? { next } : {}),
    },
  };
  // As a grade writes it (state-files.ts): whole, by renaming a finished file over the old one.
  writeFileSync(join(stateDir, 'progress.json.partial'), JSON.stringify(progress));
  renameSync(join(stateDir, 'progress.json.partial'), join(stateDir, 'progress.json'));
}

async function open(browser: Browser, baseUrl: string, path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  await page.goto(`${baseUrl}${path}`, { timeout: DEV_SLOW });
  await page.locator('[data-testid="chapter-mark"]').first().waitFor({ timeout: DEV_SLOW });
  return { page, errors };
}

/** Each marked chapter's mark as seen (its aria-hidden part) and as heard (its visually hidden part), within `scope`. */
function marksIn(page: Page, scope: string): Promise<Record<string, { seen: string; heard: string; stale: boolean }>> {
  return page.locator(`${scope} [data-testid="chapter-mark"]`).evaluateAll((marks) =>
    Object.fromEntries(
      marks.map((mark) => [
        mark.getAttribute('data-chapter'),
        {
          seen: mark.querySelector('[aria-hidden="true"]')?.textContent?.trim() ?? '',
          heard: mark.querySelector('.visually-hidden')?.textContent?.trim() ?? '',
          stale: mark.classList.contains('stale'),
        },
      ]),
    ),
  );
}

/** The marks whose text is below WCAG's 4.5:1 against what is behind them, as "chapter: text at r:1". */
function weakMarkText(page: Page): Promise<string[]> {
  return page.locator('[data-testid="chapter-mark"] [aria-hidden="true"]').evaluateAll((texts) => {
    const rgba = (color: string) => (/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?/.exec(color) ?? []).slice(1).map((v, i) => (v === undefined && i === 3 ? 1 : Number(v)));
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgroundOf = (element: Element): number[] => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const color = rgba(getComputedStyle(e).backgroundColor);
        if (color[3] > 0) return color;
      }
      return [255, 255, 255, 1];
    };
    return texts.flatMap((text) => {
      const background = backgroundOf(text);
      const [r, g, b, a] = rgba(getComputedStyle(text).color);
      const seen = [r, g, b].map((c, i) => c * a + background[i] * (1 - a));
      const [l1, l2] = [luminance(seen), luminance(background)];
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      return ratio < 4.5 ? [`${text.parentElement?.dataset.chapter}: ${text.textContent} at ${ratio.toFixed(2)}:1`] : [];
    });
  });
}

export const progressMarks = devSuite('the chapter marks', ['index.md', 'guide.md'], (dev, browser) => {
  test(
    'the home page and the sidebar mark each graded chapter (✓ or points, in words too) and follow a new grade without a reload',
    async () => {
      writeProgress(dev.stateDir, graded('02-activation-functions', activationEarned), { chapter: '02-activation-functions', exercise: activation.exercises[0].name });
      const home = await open(browser(), dev.baseUrl(), '/');
      try {
        const marks = await marksIn(home.page, '.vp-doc');
        expect(Object.keys(marks).sort()).toEqual(['00-getting-started', '02-activation-functions', '03-derivatives']);
        expect(marks['00-getting-started']).toEqual({ seen: '✓', heard: '(passed)', stale: false });
        expect(marks['02-activation-functions'].seen).toBe(`next · ${activationPoints}/${activationTotal}`);
        expect(marks['02-activation-functions'].heard).toBe(`(${activationPoints} of ${activationTotal} points, next up)`);
        expect(marks['03-derivatives']).toMatchObject({ seen: '✓', stale: true });
        expect(marks['03-derivatives'].heard).toBe('(passed, graded before your last change)');

        // A grade that passes all of chapter 2 rewrites the file: the mark follows, the page stays.
        await home.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
        writeProgress(dev.stateDir, graded('02-activation-functions'));
        await expect.poll(async () => (await marksIn(home.page, '.vp-doc'))['02-activation-functions']?.seen, { timeout: 60_000 }).toBe('✓');
        expect(await home.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
        expect(home.errors).toEqual([]);
      } finally {
        await home.page.context().close();
      }

      const guide = await open(browser(), dev.baseUrl(), '/guide');
      try {
        const marks = await marksIn(guide.page, '.VPSidebar');
        expect(Object.keys(marks).sort()).toEqual(['00-getting-started', '02-activation-functions', '03-derivatives']);
        expect(marks['02-activation-functions']).toEqual({ seen: '✓', heard: '(passed)', stale: false });
        // Inside the link: the link is read with its mark.
        const link = guide.page.locator('.VPSidebar a.VPLink', { has: guide.page.locator('[data-chapter="02-activation-functions"]') });
        expect(await link.getAttribute('href')).toMatch(/\/02-activation-functions/);

        writeProgress(dev.stateDir, graded('02-activation-functions', activationEarned));
        await expect.poll(async () => (await marksIn(guide.page, '.VPSidebar'))['02-activation-functions']?.seen, { timeout: 60_000 }).toBe(`${activationPoints}/${activationTotal}`);

        // The learner edits chapter 2 after that grade: its mark turns stale, without a reload.
        dev.replaceLearnerFile('02-activation-functions.ts', readFileSync(join(root, 'solutions', '02-activation-functions.ts'), 'utf8'));
        await expect.poll(async () => (await marksIn(guide.page, '.VPSidebar'))['02-activation-functions']?.stale, { timeout: 60_000 }).toBe(true);
        expect(guide.errors).toEqual([]);
      } finally {
        await guide.page.context().close();
      }
    },
    DEV_SLOW,
  );

  test(
    'the marks keep their contrast in light and dark mode (axe, and ✓ too), on the home page and in the sidebar',
    async () => {
      writeProgress(dev.stateDir, graded('02-activation-functions', activationEarned), { chapter: '02-activation-functions', exercise: activation.exercises[0].name });
      for (const path of ['/', '/guide']) {
        const { page } = await open(browser(), dev.baseUrl(), path);
        try {
          for (const mode of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: mode });
            await page.waitForFunction((dark) => document.documentElement.classList.contains('dark') === dark, mode === 'dark');
            const violations = await runAxe(page, ['color-contrast']);
            expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), `${path} in ${mode} mode`).toEqual([]);
            // axe leaves out text that is only a symbol, such as ✓.
            expect(await weakMarkText(page), `${path} in ${mode} mode`).toEqual([]);
          }
        } finally {
          await page.context().close();
        }
      }
    },
    DEV_SLOW,
  );
});
