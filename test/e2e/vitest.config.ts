/**
 * The built site in headless Chromium: `npm run test:e2e`. The global setup builds the site once,
 * serves docs/.vitepress/dist and starts one Chromium; every test file drives that browser.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * First the dev server's file, which needs no built site and so runs while the site builds
 * (global-setup.ts), on the core the build leaves free; then the longest files, so that no long
 * file starts last and runs alone on one core: the four quarters of the site's pages (each page
 * loaded once for all its checks, axe three times on it: light, dark, and light on a phone), which
 * wait for the build; then the rest as vitest orders them. On a fresh clone vitest has no
 * durations yet and would order by file size, which puts the small page files last.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const weight = (spec: TestSpecification) => (/dev-mode\.test\.ts$/.test(spec.moduleId) ? 2 : /pages-\w+-of-four\.test\.ts$/.test(spec.moduleId) ? 1 : 0);
    return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => weight(b.spec) - weight(a.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // A chapter page (some 28,000 elements) takes seconds to load on the 2-core machines, and
    // four times as long when other work runs beside the tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The files share one Chromium (global-setup.ts); two pages at a time is what two cores can take
    // (three workers were tried: 476 s against two's 394 s, on the same loaded machine).
    maxWorkers: 2,
    // A worker keeps the modules it has imported from one file to the next (playwright, the
    // harnesses, the course manifest) rather than importing them afresh for each of the twenty
    // files: some 1.5 s per file on a quiet machine, more when the pages load the cores. The
    // helpers keep no state between files but the site's build, which is the same for all.
    isolate: false,
    sequence: { sequencer: LongestFirst },
  },
});
