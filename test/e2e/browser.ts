/**
 * Debian's Chromium driven by playwright-core (which ships no browser of its own), plus the
 * helpers every e2e test needs: open a page of the built site and collect what went wrong on it.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
  });
}

export const url = (path: string): string => `${inject('baseUrl')}${path}`;

export interface OpenedPage {
  page: Page;
  /** HTTP status of the document. */
  status: number;
  /** Console errors and uncaught exceptions seen so far (the array keeps filling). */
  errors: string[];
}

/** Opens `path` in a fresh context and waits until the page has loaded and gone quiet. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  const response = await page.goto(url(path), { waitUntil: 'networkidle' });
  // A quiet network is not a hydrated page: on a loaded machine Vue may still be mounting, and
  // VitePress fills some attributes only then (the appearance switch's title, which axe needs as
  // its accessible name). Wait for the app and for that title, on pages that have the switch.
  if (response?.ok()) {
    await page.waitForFunction(
      () =>
        (document.querySelector('#app') as (Element & { __vue_app__?: unknown }) | null)?.__vue_app__ !== undefined &&
        Array.from(document.querySelectorAll('.VPSwitchAppearance')).every((button) => button.getAttribute('title')),
      undefined,
      { timeout: 15_000 },
    );
  }
  return { page, status: response?.status() ?? 0, errors };
}

/** Closes the page's context (each openPage makes its own, so state never leaks between tests). */
export async function closePage({ page }: OpenedPage): Promise<void> {
  await page.context().close();
}
