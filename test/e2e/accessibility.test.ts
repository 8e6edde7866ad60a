/**
 * Every page in light and in dark mode, opened once per mode with every widget on it shown in full
 * (its table open, every part drawn): axe-core, run once on the whole page, finds no violation of
 * impact "serious" or "critical" (contrast, names of controls, ARIA misuse, …); every figure's and
 * every widget's marks stand out from their background; and, once, Tab reaches every control of
 * every widget.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, openPage, useBrowser, type OpenedPage } from './browser.ts';
import { lowContrastFigureMarks } from './figure-contrast.ts';
import { placedFigures, sitePages } from './site.ts';
import { hydrated, keyboardWalk, pagesPlacing, runAxe, showAll, weakMarks, type AxeViolation } from './widget-harness.ts';
import { widgets } from './widgets.ts';

/** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds" and each node. */
function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

/**
 * Violations that are VitePress's, not ours, each with the reason it is accepted. Keep this short:
 * an entry hides a real problem from the test, so it must name one rule on one element.
 */
const KNOWN_THEME_ISSUES: { rule: string; target: string; why: string }[] = [
  {
    rule: 'label-content-name-mismatch',
    target: '.DocSearch',
    why: 'the default theme\'s search button is named "Search" while it also shows the shortcut "Ctrl K"',
  },
];

const isKnownThemeIssue = (v: AxeViolation) =>
  KNOWN_THEME_ISSUES.some((k) => k.rule === v.id && v.nodes.every((n) => n.target.join(' ') === k.target));

const browser = useBrowser();

const views = sitePages.flatMap((sitePage) => (['light', 'dark'] as const).map((colorScheme) => ({ ...sitePage, colorScheme })));

describe.each(views)('$path in $colorScheme mode', ({ colorScheme, ...sitePage }) => {
  const placed = widgets.filter((spec) => pagesPlacing(spec.tag).includes(sitePage.path));
  let opened: OpenedPage;
  let page: Page;
  let violations: AxeViolation[];

  beforeAll(async () => {
    // VitePress follows the system preference until the reader picks a mode with the toggle.
    opened = await openPage(browser(), sitePage.path, { colorScheme });
    page = opened.page;
    for (const spec of placed) await showAll(await hydrated(page, spec), spec);
    violations = await runAxe(page);
    // axe on a chapter page (some 28,000 elements, most of them KaTeX's) is the run's longest step:
    // seconds on a quiet machine, over a minute on a loaded one.
  }, 240_000);
  afterAll(async () => {
    if (opened) await closePage(opened);
  });

  test(`is served, in ${colorScheme} mode`, async () => {
    expect(opened.status).toBe(200);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
  });

  test(`has no serious or critical axe violations${placed.length ? `, with ${placed.map((s) => `<${s.tag}>`).join(' and ')} shown in full` : ''}`, () => {
    const severe = violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !isKnownThemeIssue(v));
    expect(severe.map((v) => v.id), `axe violations on ${sitePage.path} (${colorScheme}):\n${describeViolations(severe)}`).toEqual([]);
  });

  for (const spec of placed.filter((s) => s.contrast)) {
    test(`<${spec.tag}>: its lines, points and numbers stand out`, async () => {
      expect(await weakMarks(await hydrated(page, spec), spec.contrast!)).toEqual([]);
    });
  }

  if (colorScheme === 'light') {
    for (const spec of placed) {
      test(`<${spec.tag}>: Tab reaches every control`, async () => {
        const { missed } = await keyboardWalk(page, await hydrated(page, spec));
        expect(missed, 'controls Tab never reached').toEqual([]);
      });
    }
  }

  if (placedFigures(sitePage).length > 0) {
    test('every figure\'s line, mark and label stands out from the background', async () => {
      // A figure inside `::: details` counts too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const weak = await lowContrastFigureMarks(page);
      expect(weak, `marks too close to the background colour (${colorScheme})`).toEqual([]);
    });
  }

  test('logs no error', () => {
    expect(opened.errors).toEqual([]);
  });
});
