/**
 * Grades many stand-in files in one vitest run: verify's mutants. Started one `npm test` each,
 * 262 mutants cost a process, a vitest start and a fork apiece (about 5 minutes on two cores);
 * here two forks are started once and reused, and each job runs only the describe() block of
 * the exercise it is about, so a chapter's slow checks (a training run) are paid only by the
 * mutants of that exercise.
 *
 * A job is a small generated test file that points GRADE_LEARNER at its stand-in and imports
 * the chapter's grader under a query string of its own: vitest then evaluates the grader again
 * for every job (its describe() blocks register in the job's file), while the engine modules it
 * imports are loaded once per fork.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createVitest, type Reporter, type TestModule } from 'vitest/node';
import { chapterId, chapters } from '../../course.ts';
import { repoRoot } from './learner.ts';
import { gradeChapter, type ExerciseResult } from './reporter.ts';

export interface BatchJob {
  /** The chapter id, e.g. "04-computation-graphs". */
  chapter: string;
  /** The file that stands in for the chapter's exercise file (absolute, or relative to the repository). */
  learner: string;
  /** Grade only this exercise's checks. */
  exercise: string;
}

export interface BatchResult {
  job: BatchJob;
  /** The exercise's own verdict: no "blocked by" rule, no remembered statuses. */
  result: ExerciseResult | undefined;
  /** Other exercises whose checks ran although the job named one exercise (must be none). */
  strays: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function gradeBatch(jobs: readonly BatchJob[], options: { seed: number; maxWorkers?: number }): Promise<BatchResult[]> {
  // Inside test/ so that the job's relative import of the grader, and vitest's root, hold; one
  // folder per process so that two verify runs in one checkout do not share jobs.
  const dir = join(repoRoot, 'test', '.batch', String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = jobs.map((job, i) => {
    const file = join(dir, `${String(i).padStart(4, '0')}.test.ts`);
    const grader = relative(dir, join(repoRoot, 'test', `${job.chapter}.test.ts`));
    writeFileSync(
      file,
      `process.env.GRADE_LEARNER = ${JSON.stringify(join(repoRoot, job.learner))};\nawait import(${JSON.stringify(`${grader}?job=${i}`)});\n`,
    );
    return file;
  });
  const modules = new Map<string, TestModule>();
  const collector: Reporter = {
    onTestRunEnd(done) {
      for (const module of done) modules.set(module.moduleId, module);
    },
  };
  const previousSeed = process.env.GRADE_SEED;
  process.env.GRADE_SEED = String(options.seed);
  const vitest = await createVitest('test', {
    config: false,
    root: repoRoot,
    include: [`test/.batch/${process.pid}/*.test.ts`],
    setupFiles: ['test/grader/watchdog.ts'],
    pool: 'forks',
    isolate: false,
    maxWorkers: options.maxWorkers ?? 2,
    testTimeout: 60_000,
    experimental: { fsModuleCache: true },
    watch: false,
    reporters: [collector],
  });
  try {
    const project = vitest.getRootProject();
    const specifications = jobs.map((job, i) => project.createSpecification(files[i], { testNamePattern: new RegExp(`^${escape(job.exercise)} `) }));
    await vitest.runTestSpecifications(specifications);
  } finally {
    await vitest.close();
    rmSync(dir, { recursive: true, force: true });
    if (previousSeed === undefined) delete process.env.GRADE_SEED;
    else process.env.GRADE_SEED = previousSeed;
  }
  return jobs.map((job, i) => {
    const module = modules.get(files[i]);
    const chapter = chapters.find((c) => chapterId(c) === job.chapter);
    if (!module || !chapter) return { job, result: undefined, strays: [] };
    const results = gradeChapter(chapter, module);
    const strays = results.filter((r) => r.name !== job.exercise && r.checks.some((c) => c.state !== 'skipped')).map((r) => r.name);
    return { job, result: results.find((r) => r.name === job.exercise), strays };
  });
}
