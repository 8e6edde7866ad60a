/**
 * More time for the grader file now running than its usual deadline (GRADE_FILE_DEADLINE_MS), for
 * a file whose point is a long run (the capstone's training; the file says why where it asks), and
 * for every call into learner code, which has a deadline of its own (call-time.ts).
 * The grade runner's process (runner/child.ts) passes the request to the runner, which owns the
 * deadline; run any other way, there is no deadline to extend.
 */
export const fileTimeKey = Symbol.for('nnfs.grade-file-time');
export const fileTimeFromNowKey = Symbol.for('nnfs.grade-file-time-from-now');

/** Gives the running file `ms` in all, when that is more than it has (never less). */
export function allowFileTime(ms: number): void {
  const ask = (globalThis as { [fileTimeKey]?: (ms: number) => void })[fileTimeKey];
  ask?.(ms);
}

/** Gives the running file at least `ms` more from now (never less than it has). */
export function allowFileTimeFromNow(ms: number): void {
  const ask = (globalThis as { [fileTimeFromNowKey]?: (ms: number) => void })[fileTimeFromNowKey];
  ask?.(ms);
}
