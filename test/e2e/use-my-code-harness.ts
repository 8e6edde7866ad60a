/**
 * What the "Use my code" suites (use-my-code-*-dev.ts) share: opening a widget on the dev server
 * with its switch on, and reading its badges.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEV_SLOW } from './dev-server.ts';

/**
 * The chapter's stub (exercises/) with the stubs of the functions named in `bodies` given those
 * bodies, as a learner's file: the others stay "not started", exactly as the learner has them.
 */
export function stubWith(chapter: string, bodies: Record<string, string>): string {
  const file = new URL(`../../exercises/${chapter}.ts`, import.meta.url);
  let source = readFileSync(file, 'utf8');
  for (const [name, body] of Object.entries(bodies)) {
    const stub = new RegExp(`(export function ${name}\\([^]*?\\{\\n)[^]*?throw new NotImplemented\\('${name}'\\);\\n`);
    if (!stub.test(source)) throw new Error(`no stub of ${name} in exercises/${chapter}.ts`);
    source = source.replace(stub, (_, head: string) => `${head}${body}\n`);
  }
  return source;
}

export interface OpenedWidget {
  page: Page;
  widget: Locator;
  /** Uncaught errors of the page. */
  errors: string[];
}

/** The widget `testId` at `path` ("/01-perceptron"), ready, with its "Use my code" switch on unless `switchOn` is false. */
export async function openWidget(browser: Browser, baseUrl: string, path: string, testId: string, { switchOn = true } = {}): Promise<OpenedWidget> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${baseUrl}${path}`, { timeout: DEV_SLOW });
  const widget = page.getByTestId(testId);
  await widget.and(page.locator('[data-ready]')).waitFor({ timeout: DEV_SLOW });
  await widget.getByTestId('use-my-code').waitFor({ timeout: DEV_SLOW });
  if (switchOn) await widget.getByRole('checkbox', { name: /Use my code/ }).check();
  return { page, widget, errors };
}

/** The badges by exercise ("01-perceptron/step"): "yours", or the reason the reference runs. */
export function badges(widget: Locator): Promise<Record<string, string>> {
  return widget.locator('.use-my-code-badge').evaluateAll((items) =>
    Object.fromEntries(
      items.map((item) => [item.getAttribute('data-exercise'), item.getAttribute('data-reason') ?? item.getAttribute('data-source')]),
    ),
  );
}

/** Until the badges are exactly `expected`. The first run may wait for the dev server to compile the learner's files. */
export async function waitForBadges(widget: Locator, expected: Record<string, string>, timeout = DEV_SLOW): Promise<void> {
  await expect.poll(() => badges(widget), { timeout, interval: 200 }).toEqual(expected);
}

/** Until the badge of `exercise` says `value`, whatever the others say. */
export async function waitForBadge(widget: Locator, exercise: string, value: string, timeout = DEV_SLOW): Promise<void> {
  await expect.poll(async () => (await badges(widget))[exercise], { timeout, interval: 200 }).toBe(value);
}

/** The body rows of the widget's table `testId`, as their cells' text (whether or not its <details> is open). */
export function tableRows(widget: Locator, testId: string): Promise<string[][]> {
  return widget
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? '')));
}
