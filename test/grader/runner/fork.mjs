// Starting a grading process (child.ts, compiled), the one way: scripts/grade.mjs starts the first
// ones before it loads the runner, so that they boot while it loads; the pool (pool.ts) starts any
// later one. Plain JavaScript, as scripts/grade.mjs runs before anything TypeScript can be loaded.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** How many grading processes grade `chapters` chapters: two at most (three or four were slower on two cores). */
export function gradingProcessCount(chapters) {
  return Math.max(1, Math.min(2, availableParallelism(), chapters));
}

/** A grading process running `childFile` (the compiled child.ts). */
export function startGradingProcess(childFile) {
  // execArgv [] so that a parent running under a TypeScript loader (verify) does not pass it on:
  // the children run compiled JavaScript.
  return fork(childFile, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
}
