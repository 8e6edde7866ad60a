/**
 * What every widget's browser test shares: the pages that place it, opening it once hydrated, the
 * checks every widget must pass on a 360 px phone, the contrast of its marks, the walk of its
 * controls with Tab, pictures for E2E_SCREENSHOTS, and small readers of tables and frames.
 * A widget's own test file (`describeWidget`) holds only the checks of what that widget does;
 * page-accessibility.ts runs axe (axe.ts), the contrast and the Tab walk once per page and colour
 * mode for every widget of widgets.ts, shown in full.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { closePage, openPage, useBrowser, type OpenedPage } from './browser.ts';

export const PHONE = { width: 360, height: 800 };
export const DESKTOP = { width: 1280, height: 900 };

/** What the shared checks need to know of a widget (the registry is widgets.ts). */
export interface WidgetSpec {
  /** The component's tag, as a page places it: `<ActivationExplorer />`. */
  tag: string;
  /** Its root's data-testid; the root carries data-ready once it is hydrated. */
  testId: string;
  /** The summary that opens its table, the text alternative to its picture. */
  table?: string;
  /** Whether that table scrolls sideways inside its own box on a phone (the rest must fit). */
  tableScrolls?: boolean;
  /** Beyond the open table, what the accessibility checks need shown: a boundary drawn, a step lit. */
  showAll?: (widget: Locator) => Promise<void>;
  /**
   * The SVGs whose marks must stand out from their background: text 4.5:1 (WCAG 1.4.3), other
   * marks 3:1 (1.4.11), measured on their stroke, or on their fill when they match `filled`.
   */
  contrast?: { svgs: string; marks: string; filled?: string };
}

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));

/** The built pages whose markdown places `<tag>` (code, fenced or inline, shows the tag: it places nothing). */
export function pagesPlacing(tag: string): string[] {
  const placed = (markdown: string) => new RegExp(`<${tag}[\\s/>]`).test(markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, ''));
  return readdirSync(docsDir)
    .filter((file) => file.endsWith('.md'))
    .filter((file) => placed(readFileSync(join(docsDir, file), 'utf8')))
    .map((file) => (file === 'index.md' ? '/' : `/${file.replace(/\.md$/, '')}`));
}

/** The widget's root on the page, once hydrated (before that, its controls do nothing). */
export async function hydrated(page: Page, spec: WidgetSpec): Promise<Locator> {
  const widget = page.locator(`[data-testid="${spec.testId}"]`).first();
  await widget.and(page.locator('[data-ready]')).waitFor({ timeout: 60_000 });
  return widget;
}

/** The path of a page of the doc layout that places none of the widgets: where remountWidgets steps away to. */
function pageWithout(specs: WidgetSpec[]): string {
  const placing = new Set(specs.flatMap((spec) => pagesPlacing(spec.tag)));
  const away = ['/guide', '/notation', '/instructors'].find((path) => !placing.has(path));
  if (!away) throw new Error(`every guide page places one of ${specs.map((s) => `<${s.tag}>`).join(', ')}: remountWidgets needs one that does not`);
  return away;
}

/** Follows a link to `path` inside the app, as a reader's click does: VitePress's router loads it without reloading. */
async function followLink(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
  await page.waitForURL((url) => url.pathname === path);
}

/**
 * Replaces each widget on the open page by a new one, in place: Vue unmounts it and mounts a new
 * instance in its first state, and nothing else on the page is rendered again. The widgets are
 * async components (theme/index.ts), and each async wrapper renders its widget as its one child:
 * the wrapper's render is made to give that child a new key, and a new key is a new component.
 * Vue's production build keeps no pointer from an element to its component, so the wrappers are
 * found from the app's root vnode, which it keeps on the container (#app._vnode). Returns false
 * where a widget is not found so, or its element outlived the remount (the caller then navigates).
 */
function remountInPlace(page: Page, specs: WidgetSpec[]): Promise<boolean> {
  return page.evaluate((ids) => {
    interface Instance {
      type: { __asyncLoader?: unknown };
      subTree: VNode;
      render: (...args: unknown[]) => VNode | null;
      update: () => void;
    }
    interface VNode {
      el: unknown;
      key: unknown;
      component: Instance | null;
      suspense: { activeBranch: VNode | null } | null;
      children: unknown;
    }
    const wrappers: Instance[] = [];
    const visit = (vnode: VNode | null) => {
      if (!vnode || typeof vnode !== 'object') return;
      if (vnode.component) {
        if (vnode.component.type.__asyncLoader) wrappers.push(vnode.component);
        visit(vnode.component.subTree);
      }
      if (vnode.suspense) visit(vnode.suspense.activeBranch);
      if (Array.isArray(vnode.children)) for (const child of vnode.children) visit(child as VNode);
    };
    visit((document.querySelector('#app') as (Element & { _vnode?: VNode }) | null)?._vnode ?? null);
    const roots = ids.flatMap((id) => Array.from(document.querySelectorAll(`[data-testid="${id}"]`)));
    const found = roots.map((root) => wrappers.find((wrapper) => wrapper.subTree?.el === root));
    if (roots.length === 0 || found.some((wrapper) => !wrapper)) return false;
    for (const wrapper of found as Instance[]) {
      const render = wrapper.render;
      const key = Symbol('remounted');
      wrapper.render = function (this: unknown, ...args: unknown[]) {
        const vnode = render.apply(this, args);
        if (vnode) vnode.key = key;
        return vnode;
      };
      wrapper.update();
    }
    // A widget whose element Vue kept was not mounted afresh.
    return roots.every((root) => !root.isConnected);
  }, specs.map((spec) => spec.testId));
}

/**
 * Mounts the page's widgets afresh without reloading it: in place (remountInPlace), or where that
 * cannot be done or the test left the page, by a client-side navigation to a page that places none
 * of them and back. Either way every widget is a new instance in its first state; the page is
 * scrolled to the top, nothing has focus and the mouse is at the corner, as after a load. In place
 * it costs a fraction of the navigation, which renders the whole chapter page (some 28,000
 * elements) again.
 */
export async function remountWidgets(page: Page, specs: WidgetSpec[], path: string): Promise<Locator[]> {
  await page.mouse.move(0, 0);
  const atPath = await page.evaluate((path) => window.location.pathname === path, path);
  if (!(atPath && (await remountInPlace(page, specs)))) {
    await followLink(page, pageWithout(specs));
    await page.waitForFunction(
      (ids) => ids.every((id) => document.querySelector(`[data-testid="${id}"]`) === null),
      specs.map((spec) => spec.testId),
      { timeout: 60_000 },
    );
    await followLink(page, path);
  }
  const widgets: Locator[] = [];
  for (const spec of specs) widgets.push(await hydrated(page, spec));
  // VitePress moves focus to its skip link after a navigation; a loaded page has none.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  return widgets;
}

/** Opens the page and waits until each of the widgets is hydrated. */
export async function openWidgets(browser: Browser, specs: WidgetSpec[], path: string, options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, path, options);
  const widgets: Locator[] = [];
  for (const spec of specs) widgets.push(await hydrated(opened.page, spec));
  return { opened, widgets };
}

/** Opens the widget's table and shows all it draws, for checks that must see every part of it. */
export async function showAll(widget: Locator, spec: WidgetSpec): Promise<void> {
  if (spec.table) await widget.locator(spec.table).click();
  await spec.showAll?.(widget);
}

/** A widget on an open page, as its own tests see it: the getters follow the test's page. */
export interface WidgetUnderTest {
  readonly path: string;
  readonly opened: OpenedPage;
  readonly page: Page;
  /** The first widget's root. */
  readonly widget: Locator;
  /** Every widget's root, in the order given to describeWidget. */
  readonly widgets: Locator[];
  /** An element of the first widget, by its data-testid. */
  byTestId(id: string): Locator;
}

export interface SharedChecks {
  /** A phone test: the shared fit checks, between `before` (after the table opens) and `responds`. */
  phone?: {
    /** Ends the test's name: "fits a 360 px wide phone without sideways scrolling, and …". */
    still: string;
    before?: (w: WidgetUnderTest) => Promise<void>;
    responds: (w: WidgetUnderTest) => Promise<void>;
  };
  /** E2E_SCREENSHOTS=<folder>: pictures of the first widget in this state, desktop and phone, light and dark. */
  screenshot?: (w: WidgetUnderTest) => Promise<void>;
}

/**
 * The tests of a widget on every page that places it (several widgets: pages placing the first,
 * each waited for). `ownTests` runs inside a describe whose every test gets the widgets freshly
 * mounted (`w`: the page as loaded for the first test, then remountWidgets), and must log no
 * error; `checks` adds the shared phone test, last in that block on its page narrowed to a phone,
 * and screenshots on a page of their own.
 */
export function describeWidget(specs: WidgetSpec | WidgetSpec[], checks: SharedChecks, ownTests: (w: WidgetUnderTest) => void): void {
  const list = [specs].flat();
  const pages = pagesPlacing(list[0].tag);
  const browser = useBrowser();
  if (pages.length === 0) {
    test.skip(`no page places <${list[0].tag} /> yet`, () => {});
  }

  describe.each(pages)(`${list.map((s) => `<${s.tag}>`).join(' and ')} on %s`, (path) => {
    let current: { opened: OpenedPage; widgets: Locator[] } | undefined;
    const now = () => {
      if (!current) throw new Error('no page is open: use the widget inside a test');
      return current;
    };
    const w: WidgetUnderTest = {
      path,
      get opened() {
        return now().opened;
      },
      get page() {
        return now().opened.page;
      },
      get widget() {
        return now().widgets[0];
      },
      get widgets() {
        return now().widgets;
      },
      byTestId: (id) => now().widgets[0].locator(`[data-testid="${id}"]`),
    };
    /** Opens a page of its own for one test, runs it, checks nothing was logged as an error, and closes it. */
    const withPage = async (options: BrowserContextOptions, body: () => Promise<void>) => {
      current = await openWidgets(browser(), list, path, options);
      try {
        await body();
        expect(current.opened.errors).toEqual([]);
      } finally {
        await closePage(current.opened);
        current = undefined;
      }
    };

    describe('interaction', () => {
      // One page for the block: the first test gets it as loaded, each next one gets its widgets
      // mounted afresh (remountWidgets), which is what a test needs of a new page at a fraction
      // of the cost of loading one.
      let loaded = false;
      beforeAll(async () => {
        current = await openWidgets(browser(), list, path);
      });
      beforeEach(async () => {
        if (loaded) now().widgets = await remountWidgets(now().opened.page, list, path);
        loaded = true;
      });
      afterEach(() => {
        // Whatever a test did (and the remount before it), the page must not have logged an error.
        expect(now().opened.errors.splice(0)).toEqual([]);
      });
      afterAll(async () => {
        if (current) await closePage(current.opened);
        current = undefined;
      });
      ownTests(w);

      const { phone } = checks;
      if (phone) {
        describe('on a phone', () => {
          // Narrowed before the remount that precedes the test, so the widgets mount at a phone's
          // width as on a page loaded there; last in the block, so no other test sees it narrow.
          beforeAll(async () => {
            await now().opened.page.setViewportSize(PHONE);
            loaded = true;
          });
          test(`fits a 360 px wide phone without sideways scrolling, and ${phone.still}`, async () => {
            for (const [k, spec] of list.entries()) if (spec.table) await w.widgets[k].locator(spec.table).click();
            await phone.before?.(w);
            for (const [k, widget] of w.widgets.entries()) expect(await phoneFitProblems(widget, list[k]), list[k].tag).toEqual([]);
            // VitePress's own nav bar ends half a pixel past a 360 px screen; anything more is ours.
            expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
            await phone.responds(w);
          });
        });
      }
    });

    const { screenshot } = checks;
    if (screenshot) test.runIf(process.env.E2E_SCREENSHOTS)('screenshots, desktop and phone, light and dark', async () => {
      const folder = process.env.E2E_SCREENSHOTS!;
      mkdirSync(folder, { recursive: true });
      const slug = path === '/' ? 'index' : path.slice(1);
      for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await withPage({ viewport, colorScheme, deviceScaleFactor: 2 }, async () => {
            await screenshot(w);
            // A full-page picture clipped to the widget, taken from the top of the page: the theme's
            // fixed nav bar then stays up there instead of being drawn over the widget.
            const scrollY = await w.page.evaluate(() => {
              window.scrollTo(0, 0);
              return window.scrollY;
            });
            const box = (await w.widget.boundingBox())!;
            await w.page.screenshot({
              path: join(folder, `${list[0].testId}-${slug}-${device}-${colorScheme}.png`),
              fullPage: true,
              clip: { x: box.x, y: box.y + scrollY, width: box.width, height: box.height },
            });
          });
        }
      }
    });
  });
}

/**
 * What keeps the widget from fitting a phone: its box past the screen's edges, its content wider
 * than its box, any element ending past its right edge (inside a table that scrolls in its own box,
 * only that box counts), SVG text smaller than 9 px once scaled.
 */
export function phoneFitProblems(widget: Locator, spec: WidgetSpec): Promise<string[]> {
  return widget.evaluate(
    (root, { viewportWidth, tableScrolls }) => {
      const found: string[] = [];
      const box = root.getBoundingClientRect();
      if (box.left < 0 || box.right > viewportWidth) found.push(`the widget spans ${box.left}..${box.right} px`);
      if (root.scrollWidth > root.clientWidth) found.push(`the widget scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (tableScrolls && element.parentElement?.closest('.nn-widget-table-scroll')) continue;
        const r = element.getBoundingClientRect();
        if (r.width > 0 && r.right > box.right + 0.5) found.push(`<${element.tagName} class="${element.getAttribute('class') ?? ''}"> ends at ${r.right} px`);
      }
      for (const text of Array.from(root.querySelectorAll('svg text'))) {
        const svg = (text as SVGTextElement).ownerSVGElement!;
        if (!svg.viewBox.baseVal || svg.viewBox.baseVal.width === 0) continue; // drawn at its own size: CSS font sizes apply as they are
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 9) found.push(`"${text.textContent}" is ${size.toFixed(1)} px`);
      }
      return found;
    },
    { viewportWidth: PHONE.width, tableScrolls: spec.tableScrolls ?? false },
  );
}

/** The marks of the widget's SVGs below their contrast against the SVG's background, as "mark at r:1". */
export async function weakMarks(widget: Locator, { svgs, marks, filled = ':not(*)' }: NonNullable<WidgetSpec['contrast']>): Promise<string[]> {
  const weak = await widget.locator(svgs).evaluateAll(
    (elements, { marks, filled }) => {
      const rgb = (color: string) => (/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(color) ?? []).slice(1).map(Number);
      const luminance = (c: number[]) => {
        const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: number[], b: number[]) => {
        const [la, lb] = [luminance(a), luminance(b)];
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
      };
      return elements.flatMap((svg) => {
        const background = rgb(getComputedStyle(svg).backgroundColor);
        return Array.from(svg.querySelectorAll(marks))
          .map((mark) => {
            const style = getComputedStyle(mark);
            const isText = mark.tagName === 'text';
            const paint = isText || mark.matches(filled) ? style.fill : style.stroke;
            const name = (isText && mark.textContent) || mark.getAttribute('class') || mark.tagName;
            return { name, ratio: ratio(rgb(paint), background), needed: isText ? 4.5 : 3 };
          })
          .filter((m) => m.ratio < m.needed)
          .map((m) => `${m.name} at ${m.ratio.toFixed(2)}:1`);
      });
    },
    { marks, filled },
  );
  return [...new Set(weak)];
}

/**
 * Walks the widget's controls with Tab from its first one, as a keyboard user does. Returns what
 * focus reached, in order, and every visible enabled control it never reached (a radio group is
 * one stop: Tab enters it once, the arrow keys move within it).
 */
export async function keyboardWalk(page: Page, widget: Locator): Promise<{ reached: string[]; missed: string[] }> {
  const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const stops = await widget.evaluate((root, selector) => {
    const isStop = (e: Element) =>
      !(e as HTMLInputElement).disabled && e.getAttribute('tabindex') !== '-1' && e.checkVisibility() && !e.closest('[inert]');
    const controls = Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(isStop);
    controls.forEach((e, k) => e.setAttribute('data-walk', String(k)));
    controls[0]?.focus();
    return controls.map((e) => ({ name: e.dataset.testid ?? e.getAttribute('aria-label') ?? e.textContent?.trim() ?? e.tagName, radio: e.matches('input[type="radio"]') ? (e as HTMLInputElement).name : null }));
  }, CONTROLS);
  const reached = new Set<number>();
  for (let k = 0; k <= stops.length; k++) {
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-walk') ?? null);
    if (at === null) break; // focus left the widget
    reached.add(Number(at));
    await page.keyboard.press('Tab');
  }
  const reachedGroups = new Set([...reached].map((k) => stops[k].radio).filter((g) => g !== null));
  return {
    reached: [...reached].map((k) => stops[k].name),
    missed: stops.filter((s, k) => !reached.has(k) && !(s.radio !== null && reachedGroups.has(s.radio))).map((s) => s.name),
  };
}

/** The text of every body row of a table, cell by cell (`cells`: which cells count). */
export function tableRows(table: Locator, cells = 'td'): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs, selector) => trs.map((tr) => Array.from(tr.querySelectorAll(selector)).map((cell) => cell.textContent?.trim() ?? '')), cells);
}

/** The texts of an SVG drawn (partly) outside its own box. */
export function textsOutside(svg: Locator): Promise<(string | null)[]> {
  return svg.evaluate((element) => {
    const frame = element.getBoundingClientRect();
    return Array.from(element.querySelectorAll('text'))
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5;
      })
      .map((t) => t.textContent);
  });
}

/**
 * Waits until the page has drawn `frames` more animation frames: time measured as the page lives
 * it, so "nothing changed meanwhile" means as much on a loaded machine as on a quiet one.
 */
export function waitForFrames(page: Page, frames: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        // The page's own, even where a test wrapped it to count a widget's requests.
        const raf = (window as unknown as { originalRequestAnimationFrame?: typeof requestAnimationFrame }).originalRequestAnimationFrame ?? requestAnimationFrame;
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : raf(tick));
        raf(tick);
      }),
    frames,
  );
}

/** Play by mouse: the button says Pause and the epochs pass `moreThan`; pressed again, it says Play. */
export async function playThenPause(play: Locator, epochShown: () => Promise<number>, moreThan: number): Promise<void> {
  await play.click();
  expect(await play.innerText()).toBe('Pause');
  await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(moreThan);
  await play.click();
  expect(await play.innerText()).toBe('Play');
}

/**
 * A widget that animates while it plays must stop asking for animation frames once a client-side
 * navigation has taken it off the page. `play` starts it and returns once it has run a while.
 */
export async function expectLoopStopsWhenLeaving(w: WidgetUnderTest, spec: WidgetSpec, play: () => Promise<void>): Promise<void> {
  const { page } = w;
  // Count the animation frames the page asks for, so a loop that outlives the widget shows.
  await page.evaluate(() => {
    const win = window as unknown as { framesAsked: number; originalRequestAnimationFrame: typeof requestAnimationFrame };
    win.framesAsked = 0;
    win.originalRequestAnimationFrame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      win.framesAsked++;
      return win.originalRequestAnimationFrame(callback);
    };
  });
  const framesAsked = () => page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked);
  try {
    await play();
    expect(await framesAsked()).toBeGreaterThan(2);
    // A client-side navigation unmounts the widget; its animation frame must not outlive it.
    await page.locator('.VPNavBarTitle a').first().click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.locator(`[data-testid="${spec.testId}"]`).count()).toBe(0);
    await waitForFrames(page, 10); // a frame asked for just before the widget left may still run
    const afterLeaving = await framesAsked();
    await waitForFrames(page, 30);
    expect(await framesAsked(), 'animation frames asked for after the widget left').toBe(afterLeaving);
  } finally {
    // The page outlives the test (remountWidgets): leave it the browser's own requestAnimationFrame.
    await page.evaluate(() => {
      const win = window as unknown as { framesAsked?: number; originalRequestAnimationFrame?: typeof requestAnimationFrame };
      if (win.originalRequestAnimationFrame) window.requestAnimationFrame = win.originalRequestAnimationFrame;
      delete win.originalRequestAnimationFrame;
      delete win.framesAsked;
    });
  }
}
