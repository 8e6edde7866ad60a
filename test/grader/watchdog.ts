/**
 * The outer bound for one grader file. Learner code already runs under deadlines in the sandbox;
 * this catches what escapes it (a grader stuck in a synchronous loop, say). A separate thread
 * waits on a shared counter and, if a file has not finished by its deadline, ends this test
 * process: vitest then reports that file as failed and grades the others.
 *
 * Files share a process (isolate: false), and verify's batch runs hundreds of files in two, so
 * the thread is started once per process and armed again for each file: starting a thread per
 * file cost more than some of the files themselves.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, expect } from 'vitest';

const deadlineMs = Number(process.env.GRADE_FILE_DEADLINE_MS ?? 120_000);

interface Watchdog {
  /**
   * [0]: the number of the file being watched; [1]: the number of the last file that finished;
   * [2]: the watched file's deadline in ms (deadlineMs unless the file asked for more).
   */
  counters: Int32Array;
  /** The watched file's path, as UTF-8 bytes, for the message. */
  name: Uint8Array;
}

const key = Symbol.for('nnfs.grade-watchdog');
const global = globalThis as typeof globalThis & { [key]?: Watchdog };

function start(): Watchdog {
  const counters = new Int32Array(new SharedArrayBuffer(12));
  const name = new Uint8Array(new SharedArrayBuffer(4096));
  const thread = new Worker(
    `
    const { workerData } = require('node:worker_threads');
    const { counters, name, pid } = workerData;
    let seen = 0;
    for (;;) {
      Atomics.wait(counters, 0, seen); // until a file is armed
      const file = Atomics.load(counters, 0);
      seen = file;
      const armed = Date.now();
      // A newer file armed it: this one ended without its afterAll (it could not load, say), and
      // its deadline must not fall on the newer file.
      while (Atomics.load(counters, 1) < file && Atomics.load(counters, 0) === file) {
        // Read again on every wake: the file may have asked for more time (allowFileTime).
        const deadline = Atomics.load(counters, 2);
        const left = armed + deadline - Date.now();
        if (left <= 0) {
          const path = new TextDecoder().decode(name.slice(0, name.indexOf(0) < 0 ? name.length : name.indexOf(0)));
          process.stderr.write('grade watchdog: ' + path + ' ran past its ' + deadline / 1000 + ' s deadline; stopping it\\n');
          process.kill(pid, 'SIGKILL');
        }
        Atomics.wait(counters, 1, Atomics.load(counters, 1), Math.max(left, 1));
      }
    }
    `,
    { eval: true, workerData: { counters, name, pid: process.pid } },
  );
  thread.unref();
  return { counters, name };
}

const watchdog = (global[key] ??= start());
const path = new TextEncoder().encode(expect.getState().testPath ?? 'a grader').slice(0, watchdog.name.length - 1);
watchdog.name.fill(0);
watchdog.name.set(path);
const file = Atomics.load(watchdog.counters, 0) + 1;
Atomics.store(watchdog.counters, 2, deadlineMs);
Atomics.store(watchdog.counters, 0, file);
Atomics.notify(watchdog.counters, 0);
// The thread may still be waiting on an earlier file that never finished: wake it to see this one.
Atomics.notify(watchdog.counters, 1);

afterAll(() => {
  Atomics.store(watchdog.counters, 1, file);
  Atomics.notify(watchdog.counters, 1);
});

