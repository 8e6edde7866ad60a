/**
 * A page in light and in dark mode, with every widget on it shown in full (its table open, every
 * part drawn) and every `::: details` block open: axe-core, run once per mode on the whole page,
 * finds no violation of impact "serious" or "critical" (contrast, names of controls, ARIA misuse,
 * …); every figure's and every widget's marks stand out from their background; the math stands
 * out too, and its aria-hidden rendering holds nothing focusable (axe.ts sets that rendering aside,
 * math-rendering.ts checks it instead); and Tab reaches every control of every widget. Then the
 * same page narrowed to a phone: axe again, with the desktop's light-mode rules.
 * The page is loaded preferring dark (site-pages.ts), and the system preference is then switched
 * on the one open page, as VitePress follows it until the reader picks a mode with the toggle:
 * dark first, then light, where the phone checks
 * (figures-on-phone.ts, math-on-phone.ts and the phone pass here) find it. In dark mode axe runs
 * only the rules that depend on colour: the page's structure (names, roles, ARIA) is the light
 * run's, and a chapter page's axe run is the slowest step of the browser tests.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { OpenedPage } from './browser.ts';
import { runAxe, type AxeViolation } from './axe.ts';
import { lowContrastFigureMarks } from './figure-contrast.ts';
import { lowContrastMath, mathRenderingFaults } from './math-rendering.ts';
import { hasMath, placedFigures, type SitePage } from './site.ts';
import { hydrated, keyboardWalk, pagesPlacing, PHONE, showAll, weakMarks } from './widget-harness.ts';
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

/** In the order they are checked: the page was loaded in dark mode and is left in light. */
const MODES = ['dark', 'light'] as const;
/** What changes between light and dark: only colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
type Mode = (typeof MODES)[number];

/** Switches the system preference and waits until the page follows it. Returns whether it did. */
async function prefer(page: Page, mode: Mode): Promise<boolean> {
  await page.emulateMedia({ colorScheme: mode });
  const follows = () => page.evaluate((dark) => document.documentElement.classList.contains('dark') === dark, mode === 'dark');
  await page.waitForFunction((dark) => document.documentElement.classList.contains('dark') === dark, mode === 'dark', { timeout: 5_000 }).catch(() => {});
  return follows();
}

/** The serious and critical violations, less the theme's known ones. */
const severe = (violations: AxeViolation[]) => violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !isKnownThemeIssue(v));

/** The accessibility checks of `sitePage`, on the page `visit()` returns (loaded in dark mode; left in light mode, its widgets shown in full and its details open). */
export function describePageAccessibility(sitePage: SitePage, visit: () => OpenedPage): void {
  describe('accessibility', () => {
    const placed = widgets.filter((spec) => pagesPlacing(spec.tag).includes(sitePage.path));
    const hasFigures = placedFigures(sitePage).length > 0;
    const math = hasMath(sitePage);
    const seen = {} as Record<Mode, { follows: boolean; violations: AxeViolation[]; weakWidgetMarks: string[][]; weakFigureMarks: string[]; weakMath: string[] }>;
    let mathFaults: string[] = [];
    const walks: { missed: string[] }[] = [];

    beforeAll(async () => {
      const { page } = visit();
      const roots: Locator[] = [];
      for (const spec of placed) {
        const root = await hydrated(page, spec);
        await showAll(root, spec);
        roots.push(root);
      }
      // A figure or a formula inside `::: details` counts too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      for (const mode of MODES) {
        const follows = await prefer(page, mode);
        seen[mode] = {
          follows,
          // axe on a chapter page (some 30,000 elements) is the run's longest step: seconds on a
          // quiet machine, far more on a loaded one.
          violations: await runAxe(page, mode === 'dark' ? COLOUR_RULES : undefined),
          weakWidgetMarks: await Promise.all(placed.map((spec, k) => (spec.contrast ? weakMarks(roots[k], spec.contrast) : []))),
          weakFigureMarks: hasFigures ? await lowContrastFigureMarks(page) : [],
          weakMath: math ? await lowContrastMath(page) : [],
        };
      }
      if (math) mathFaults = await mathRenderingFaults(page);
      for (const root of roots) walks.push(await keyboardWalk(page, root));
    }, 480_000);

    describe.each(MODES)('in %s mode', (mode) => {
      test('follows the system preference', () => {
        expect(seen[mode].follows, `html.dark once the system prefers ${mode}`).toBe(true);
      });

      test(`has no serious or critical axe violations${mode === 'dark' ? ' of its colour rules' : ''}${placed.length ? `, with ${placed.map((s) => `<${s.tag}>`).join(' and ')} shown in full` : ''}`, () => {
        const found = severe(seen[mode].violations);
        expect(found.map((v) => v.id), `axe violations on ${sitePage.path} (${mode}):\n${describeViolations(found)}`).toEqual([]);
      });

      placed.forEach((spec, k) => {
        if (spec.contrast) {
          test(`<${spec.tag}>: its lines, points and numbers stand out`, () => {
            expect(seen[mode].weakWidgetMarks[k]).toEqual([]);
          });
        }
      });

      if (hasFigures) {
        test("every figure's line, mark and label stands out from the background", () => {
          expect(seen[mode].weakFigureMarks, `marks too close to the background colour (${mode})`).toEqual([]);
        });
      }

      if (math) {
        test('its math stands out from the background', () => {
          expect(seen[mode].weakMath, `math glyphs too close to the background colour (${mode})`).toEqual([]);
        });
      }
    });

    if (math) {
      test("nothing in the math's aria-hidden rendering takes focus or fixes its text spacing, and its MathML holds nothing axe checks", () => {
        expect(mathFaults).toEqual([]);
      });
    }

    placed.forEach((spec, k) => {
      test(`<${spec.tag}>: Tab reaches every control`, () => {
        expect(walks[k].missed, 'controls Tab never reached').toEqual([]);
      });
    });
  });
}

/**
 * The phone pass of `sitePage`: on the page `visit()` returns, in light mode, narrowed to a
 * phone's width, axe with the same rules as the desktop's light pass finds no serious or critical
 * violation (what the width changes: the menu, tables and equations that scroll, what overlaps).
 * Dark mode is not run again: the colours are the desktop's, checked there.
 */
export function describePageAccessibilityOnPhone(sitePage: SitePage, visit: () => OpenedPage): void {
  describe('accessibility on a 360 px wide phone', () => {
    let violations: AxeViolation[] = [];

    beforeAll(async () => {
      const { page } = visit();
      await page.setViewportSize(PHONE);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      violations = await runAxe(page);
    }, 480_000);

    test('has no serious or critical axe violations', () => {
      const found = severe(violations);
      expect(found.map((v) => v.id), `axe violations on ${sitePage.path} (light, ${PHONE.width} px wide):\n${describeViolations(found)}`).toEqual([]);
    });
  });
}
