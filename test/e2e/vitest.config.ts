/**
 * The built site in headless Chromium: `npm run test:e2e`. The global setup builds the site once,
 * serves docs/.vitepress/dist and starts one Chromium; every test file drives that browser.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // A chapter page (some 28,000 elements) takes seconds to load on the 2-core machines, and
    // four times as long when other work runs beside the tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The files share one Chromium (global-setup.ts); two pages at a time is what two cores can take.
    maxWorkers: 2,
  },
});
