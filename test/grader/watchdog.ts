/**
 * The outer bound for one grader file. Learner code already runs under deadlines in the sandbox;
 * this catches what escapes it (a grader stuck in a synchronous loop, say). A separate thread
 * waits on a shared flag and, if the file has not finished by its deadline, ends this test
 * process: vitest then reports that file as failed and grades the others.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, expect } from 'vitest';

const deadlineMs = Number(process.env.GRADE_FILE_DEADLINE_MS ?? 120_000);
const done = new Int32Array(new SharedArrayBuffer(4));

const watchdog = new Worker(
  `
  const { workerData } = require('node:worker_threads');
  const { done, deadlineMs, pid, file } = workerData;
  if (Atomics.wait(done, 0, 0, deadlineMs) === 'timed-out') {
    process.stderr.write('grade watchdog: ' + file + ' ran past its ' + deadlineMs / 1000 + ' s deadline; stopping it\\n');
    process.kill(pid, 'SIGKILL');
  }
  `,
  { eval: true, workerData: { done, deadlineMs, pid: process.pid, file: expect.getState().testPath ?? 'a grader' } },
);
watchdog.unref();

afterAll(() => {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
