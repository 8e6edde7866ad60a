/**
 * A fault that escapes the sandbox (here a grader stuck in a synchronous loop) costs one file:
 * the grade runner stops its process at the file's deadline, the report marks its exercises
 * crashed, and the queue goes on in a new process. A file whose point is a long run asks for more
 * time, and gets it; so does a call into learner code, for its own deadline.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The two checks wait on deadlines of seconds: they wait side by side.
const check = it.concurrent;
import { chapters } from '../../course.ts';
import { compileGraders } from '../../scripts/lib/compile-graders.mjs';
import { repoRoot } from '../grader/learner.ts';
import { gradeChapter } from '../grader/reporter.ts';
import { GraderPool } from '../grader/runner/pool.ts';

const child = 'test/grader/runner/child.ts';
const fixture = (name: string) => `test/course/fixtures/${name}/00-getting-started.test.ts`;

/**
 * Runs the graders one after another in one grading process, on solutions/. The deadline covers
 * starting the process and the sandbox too: on a loaded machine chapter 0's grader alone can take
 * 2 s, so it is kept well above that.
 */
async function grade(graders: string[], deadlineMs: number) {
  const urls = await compileGraders([child, ...graders]);
  const pool = new GraderPool({ childFile: fileURLToPath(urls[child]), processes: 1, deadlineMs });
  try {
    const records = await pool.run(graders.map((grader) => ({ url: urls[grader], label: grader, learner: join(repoRoot, 'solutions') })));
    return records.map((record) => gradeChapter(chapters[0], record).map((e) => [e.name, e.status, e.message ?? '']));
  } finally {
    pool.close();
  }
}

check('stops a hung grader file at its deadline, reports it as crashed, and grades the next file in a new process', async () => {
  const started = performance.now();
  const [hung, next] = await grade([fixture('hung-grader'), 'test/00-getting-started.test.ts'], 5000);
  expect(hung).toEqual([
    ['dot', 'crashed', expect.stringContaining(`${fixture('hung-grader')} ran past its deadline (5 s) and was stopped`)],
    ['mean', 'crashed', expect.stringContaining('ran past its deadline')],
  ]);
  expect(next.map(([name, status]) => [name, status])).toEqual([
    ['dot', 'passed'],
    ['mean', 'passed'],
  ]);
  // The deadline is 5 s; the rest is compiling the fixtures and starting two processes.
  expect((performance.now() - started) / 1000).toBeLessThan(30);
});

check('gives a file that asked for more time (allowFileTime, as the capstone does) that time', async () => {
  // Its 6 s loop outlives the 3 s file deadline, within the 15 s it asked for.
  const [long] = await grade([fixture('long-grader')], 3000);
  expect(long.map(([name, status]) => [name, status])).toEqual([
    ['dot', 'passed'],
    ['mean', 'passed'],
  ]);
});

check("waits for a call into learner code up to the call's own deadline, past its check's bound and its file's deadline", async () => {
  // The probe works 3 s under a deadline of 10 s, in a check bounded at 1 s, in a file given 2 s.
  // Before, the file was stopped at 2 s; given more, the check was abandoned at 1 s with its call
  // still running, and the next check's call timed out behind it.
  const [slow] = await grade([fixture('slow-call')], 2000);
  expect(slow.map(([name, status]) => [name, status])).toEqual([
    ['dot', 'passed'],
    ['mean', 'passed'],
  ]);
});
