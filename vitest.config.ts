import { defineConfig } from 'vitest/config';

/**
 * The course's own tests: the reference library and the course checks. The graders are not run
 * by vitest: `npm test` runs them with the grade runner (test/grader/runner/).
 */
export default defineConfig({
  test: {
    // Transformed lib/ and course modules are kept on disk between runs (keyed by their content).
    experimental: { fsModuleCache: true },
    projects: [
      // The library's tests prove results, not speed (bench/ measures that): on a loaded machine a
      // deep graph or a training run may pass vitest's default 5 s.
      { test: { name: 'lib', include: ['test/lib/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'course', include: ['test/course/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
