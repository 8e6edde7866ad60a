/**
 * The built site in headless Chromium: `npm run test:e2e`. The global setup builds the site once
 * and serves docs/.vitepress/dist; each test file drives its own browser against that server.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // A cold Chromium start and the first page of a file take seconds on the 2-core machines.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own Chromium; two at a time is what two cores can take.
    maxWorkers: 2,
  },
});
