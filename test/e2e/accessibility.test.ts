/**
 * axe-core on every page, in light and in dark mode: no violation of impact "serious" or
 * "critical" (contrast, names of controls, ARIA misuse, …).
 */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, launchBrowser, openPage } from './browser.ts';
import { sitePages } from './site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

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

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  test.each(sitePages)('$path has no serious or critical axe violations', async ({ path }) => {
    // VitePress follows the system preference until the reader picks a mode with the toggle.
    const opened = await openPage(browser, path, { colorScheme });
    try {
      const { page } = opened;
      expect(opened.status).toBe(200);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const results = await axe.run(document, { resultTypes: ['violations'] });
        return results.violations;
      });
      const severe = violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !isKnownThemeIssue(v));
      expect(severe.map((v) => v.id), `axe violations on ${path} (${colorScheme}):\n${describeViolations(severe)}`).toEqual([]);
    } finally {
      await closePage(opened);
    }
  });
});
