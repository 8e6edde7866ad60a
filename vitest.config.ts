import { defineConfig } from 'vitest/config';
import { chapterId, chapters } from './course.ts';

/**
 * The chapter `id` and every chapter built on it (the manifest's builtOn, followed through):
 * saving chapter 7 re-grades chapter 8, whose trainMlp runs the learner's backwardPropagation.
 */
function chapterAndDependents(id: string): string[] {
  const found = new Set([id]);
  const home = new Map(chapters.flatMap((c) => c.exercises.map((e) => [e.name, chapterId(c)] as const)));
  for (const chapter of chapters) {
    const built = chapter.exercises.some((e) => (e.builtOn ?? []).some((d) => found.has(home.get(d)!)));
    if (built) found.add(chapterId(chapter));
  }
  return [...found].map((c) => `test/${c}.test.ts`);
}

export default defineConfig({
  test: {
    // Transformed graders and lib/ modules are kept on disk between runs (keyed by their content):
    // about a fifth of the CPU time of grading the solved course.
    experimental: { fsModuleCache: true },
    // Graders load learner code through the sandbox, not through imports, so vitest cannot see
    // that exercises/01-perceptron.ts feeds test/01-perceptron.test.ts (and the tests of every
    // chapter built on it): say so for watch mode.
    watchTriggerPatterns: [
      {
        pattern: /exercises\/(\d\d-[a-z0-9-]+)(?:\/[^/]+)?\.ts$/,
        testsToRun: (_file, match) => chapterAndDependents(match[1]),
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
      // The library's tests prove results, not speed (bench/ measures that): on a loaded machine a
      // deep graph or a training run may pass vitest's default 5 s.
      { test: { name: 'lib', include: ['test/lib/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'course', include: ['test/course/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
