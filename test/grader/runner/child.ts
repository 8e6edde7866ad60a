/**
 * A grading process: runs the grader files its parent (pool.ts) sends, one at a time, and sends
 * back each file's results. The parent owns the deadlines: a file stuck in a synchronous loop
 * cannot answer, so the parent stops this process rather than this process stopping itself.
 */
import { fileTimeFromNowKey, fileTimeKey } from '../file-deadline.ts';
import { keepSpareWorker } from '../sandbox.ts';
import type { ChildMessage, JobMessage } from './protocol.ts';
import { asCheckError, runGraderFile } from './run-file.ts';

const send = (message: ChildMessage) => process.send!(message);
const inheritedLearner = process.env.GRADE_LEARNER;
let current: number | undefined;

for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    if (current !== undefined) send({ type: 'stray', id: current, error: asCheckError(error) });
    else process.stderr.write(`grading process: ${error instanceof Error ? error.stack : String(error)}\n`);
  });
}

// Chapter after chapter: each one's sandbox worker boots while this process waits or grades the one before.
keepSpareWorker(true);

// The runner is gone (it ended, or was stopped without a chance to stop this process): so is the point.
process.on('disconnect', () => process.exit(0));

process.on('message', async (job: JobMessage) => {
  current = job.id;
  // The last file of the run needs no worker after its own.
  keepSpareWorker(job.more ?? false);
  if (job.learner !== undefined) process.env.GRADE_LEARNER = job.learner;
  else if (inheritedLearner === undefined) delete process.env.GRADE_LEARNER;
  else process.env.GRADE_LEARNER = inheritedLearner;
  // What the parent has granted the file, so that a call asks it for more only when it needs more:
  // one message now and then, not one per call. The parent counts from when it sent the job, a
  // little before `received`: a little less time than asked, covered by call-time.ts's margin.
  let granted = job.deadlineMs ?? 0;
  const received = performance.now();
  const ask = (ms: number) => {
    if (ms <= granted) return;
    granted = ms;
    send({ type: 'file-time', id: job.id, ms });
  };
  (globalThis as Record<symbol, unknown>)[fileTimeKey] = ask;
  // Asked for in steps of a minute beyond the need, so a file of many calls sends a few messages.
  (globalThis as Record<symbol, unknown>)[fileTimeFromNowKey] = (ms: number) => {
    const need = performance.now() - received + ms;
    if (need > granted) ask(need + 60_000);
  };
  const record = await runGraderFile(job.url, {
    exercise: job.exercise,
    onProgress: (exercise, message) => send({ type: 'progress', id: job.id, exercise, message }),
  });
  current = undefined;
  try {
    send({ type: 'done', id: job.id, record });
  } catch {
    // A value compared in a check that cannot be copied across (a function, say): the diff goes, the verdict stays.
    for (const check of record.checks) for (const error of check.errors) delete error.actual, delete error.expected;
    send({ type: 'done', id: job.id, record });
  }
});
