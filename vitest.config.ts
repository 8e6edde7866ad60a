import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Graders load learner code through the sandbox, not through imports, so vitest cannot see
    // that exercises/01-perceptron.ts feeds test/01-perceptron.test.ts: say so for watch mode.
    watchTriggerPatterns: [
      {
        pattern: /exercises\/(\d\d-[a-z0-9-]+)(?:\/[^/]+)?\.ts$/,
        testsToRun: (_file, match) => `test/${match[1]}.test.ts`,
      },
    ],
    projects: [
      {
        test: {
          name: 'grade',
          include: ['test/[0-9][0-9]-*.test.ts'],
          pool: 'forks',
          // Graders keep no global state (each file opens and closes its own sandbox), so files
          // can share a process: about 1 s saved per run.
          isolate: false,
          maxWorkers: 2,
          // Each call to learner code has its own deadline in the sandbox; this only bounds the grader.
          testTimeout: 60_000,
          setupFiles: ['test/grader/watchdog.ts'],
        },
      },
      { test: { name: 'lib', include: ['test/lib/**/*.test.ts'] } },
      { test: { name: 'course', include: ['test/course/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
