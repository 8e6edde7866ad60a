/**
 * Grades many stand-in files in one run: verify's mutants. Started one `npm test` each, 262
 * mutants cost a process apiece; here two grading processes are started once and reused, and each
 * job runs only the describe() block of the exercise it is about, so a chapter's slow checks (a
 * training run) are paid only by the mutants of that exercise.
 *
 * A job is the chapter's compiled grader under a query string of its own, with GRADE_LEARNER
 * pointing at its stand-in: the process evaluates the grader again for every job, while the
 * engine modules it imports are loaded once per process.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterId, chapters } from '../../course.ts';
import { compileGraders } from '../../scripts/lib/compile-graders.mjs';
import { repoRoot } from './learner.ts';
import { gradeChapter, type ExerciseResult } from './reporter.ts';
import { GraderPool } from './runner/pool.ts';

export interface BatchJob {
  /** The chapter id, e.g. "04-computation-graphs". */
  chapter: string;
  /** The file that stands in for the chapter's exercise file (absolute, or relative to the repository). */
  learner: string;
  /** Grade only this exercise's checks (every exercise of the chapter when not given). */
  exercise?: string;
}

export interface BatchResult {
  job: BatchJob;
  /** The exercise's own verdict: no "blocked by" rule, no remembered statuses. */
  result: ExerciseResult | undefined;
  /** Every exercise's verdict, for a job that named none. */
  results: ExerciseResult[];
  /** Other exercises whose checks ran although the job named one exercise (must be none). */
  strays: string[];
}

export async function gradeBatch(jobs: readonly BatchJob[], options: { seed: number; processes?: number }): Promise<BatchResult[]> {
  const child = 'test/grader/runner/child.ts';
  const graders = chapters.map((c) => `test/${chapterId(c)}.test.ts`);
  const urls = await compileGraders([child, ...graders]);
  const previousSeed = process.env.GRADE_SEED;
  // The grading processes read the seed as they start.
  process.env.GRADE_SEED = String(options.seed);
  const pool = new GraderPool({
    childFile: fileURLToPath(urls[child]),
    processes: options.processes ?? 2,
    deadlineMs: Number(process.env.GRADE_FILE_DEADLINE_MS ?? 120_000),
  });
  try {
    const records = await pool.run(
      jobs.map((job, i) => ({
        url: `${urls[`test/${job.chapter}.test.ts`]}?job=${i}`,
        learner: resolve(repoRoot, job.learner),
        exercise: job.exercise,
        label: `test/${job.chapter}.test.ts on ${job.learner}`,
      })),
    );
    return jobs.map((job, i) => {
      const chapter = chapters.find((c) => chapterId(c) === job.chapter);
      if (!chapter) return { job, result: undefined, results: [], strays: [] };
      const results = gradeChapter(chapter, records[i]);
      if (job.exercise === undefined) return { job, result: undefined, results, strays: [] };
      const strays = results.filter((r) => r.name !== job.exercise && r.checks.some((c) => c.state !== 'skipped')).map((r) => r.name);
      return { job, result: results.find((r) => r.name === job.exercise), results, strays };
    });
  } finally {
    pool.close();
    if (previousSeed === undefined) delete process.env.GRADE_SEED;
    else process.env.GRADE_SEED = previousSeed;
  }
}
