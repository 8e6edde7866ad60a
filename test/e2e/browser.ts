/**
 * Debian's Chromium driven by playwright-core (which ships no browser of its own), plus the
 * helpers every e2e test needs: the run's one browser, and opening a page of the built site while
 * collecting what went wrong on it.
 */
import { chromium, type Browser, type BrowserContextOptions, type BrowserServer, type LaunchOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { BUILT_PATH } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};

/** A Chromium of one's own (the benchmarks use it; the tests share the run's, see useBrowser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/** The run's Chromium, started once by the global setup; test files connect to it. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH);
}

/**
 * The site's build may still be running when a file starts (global-setup.ts): up to two minutes on
 * a loaded two-core machine, several times that with other work beside it.
 */
export const BUILD_WAIT = 600_000;

let built: Promise<void> | undefined;

/** Resolves once the global setup's build of the site is done; throws the build's error if it failed. */
export function siteBuilt(): Promise<void> {
  built ??= (async () => {
    for (;;) {
      const response = await fetch(`${inject('baseUrl')}${BUILT_PATH}`);
      if (response.status === 200) return;
      if (response.status !== 202) throw new Error(`the site did not build, so no page of it can be tested: ${await response.text()}`);
    }
  })();
  return built;
}

/**
 * Connects the calling test file to the run's Chromium for its tests, and disconnects after them
 * (which closes the file's contexts, not the browser); first, it waits until the site is built.
 * A file that needs the site only in some tests (the dev server's) passes `{ waitForSite: false }`:
 * openPage waits for it then. Call at the top of a file.
 */
export function useBrowser({ waitForSite = true } = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
    if (waitForSite) await siteBuilt();
  }, BUILD_WAIT);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is connected in beforeAll: use it inside a test or a hook');
    return browser;
  };
}

export const url = (path: string): string => `${inject('baseUrl')}${path}`;

export interface OpenedPage {
  page: Page;
  /** HTTP status of the document. */
  status: number;
  /** Console errors and uncaught exceptions seen so far (the array keeps filling). */
  errors: string[];
  /** The paths of the scripts the page has requested so far, from the first (the set keeps filling). */
  scripts: Set<string>;
}

export interface OpenOptions extends BrowserContextOptions {
  /**
   * Also wait until the network has been quiet for half a second and the page's main thread is
   * idle: for a test of what the page does on its own once loaded (late requests, async
   * components). A test that drives the page needs only the hydrated app, which is the default.
   */
  settle?: boolean;
}

/** Opens `path` in a fresh context and waits until the page has loaded and Vue has hydrated it. */
export async function openPage(browser: Browser, path: string, { settle = false, ...options }: OpenOptions = {}): Promise<OpenedPage> {
  await siteBuilt();
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  const response = await page.goto(url(path), { waitUntil: settle ? 'networkidle' : 'load' });
  // The load event is not a hydrated page: Vue may still be mounting, and VitePress fills some
  // attributes only then (the appearance switch's title, which axe needs as its accessible name).
  // Wait for the app and for that title, on pages that have the switch. A chapter page hydrates
  // in about a second on a quiet machine and has taken over fifteen on a loaded one.
  if (response?.ok()) {
    await page.waitForFunction(
      () =>
        (document.querySelector('#app') as (Element & { __vue_app__?: unknown }) | null)?.__vue_app__ !== undefined &&
        Array.from(document.querySelectorAll('.VPSwitchAppearance')).every((button) => button.getAttribute('title')),
      undefined,
      { timeout: 60_000 },
    );
    if (settle) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
  }
  return { page, status: response?.status() ?? 0, errors, scripts };
}

/** Waits until every widget on the page is ready (its root has data-ready): a chapter's async widgets mount after hydration. */
export async function widgetsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.nn-widget:not([data-ready])').length === 0, undefined, { timeout: 60_000 });
}

/** Closes the page's context (each openPage makes its own, so state never leaks between tests). */
export async function closePage({ page }: OpenedPage): Promise<void> {
  await page.context().close();
}
