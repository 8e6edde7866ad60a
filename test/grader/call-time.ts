/**
 * A call into learner code waits up to its own deadline (and, when it fills memory, some overtime
 * to die of it): the check that made the call and the grader file must wait at least that long too.
 * Otherwise, on a loaded machine, the check's own bound (runner/run-file.ts) or the file's deadline
 * (runner/pool.ts) could pass first: the check would be abandoned with its call still running in the
 * worker, and the next check's call would queue behind it and "time out", blaming a right answer
 * (chapter 11's digits run did so to the bottleneck check after it).
 */
import { allowFileTimeFromNow } from './file-deadline.ts';

export const checkTimeKey = Symbol.for('nnfs.grade-check-time');

/** Beyond a call's deadline: the sandbox's memory overtime (10 s) and the reply's way back. */
const marginMs = 15_000;

/** The call just sent may take `ms`: its check and its file wait at least that long from now. */
export function coverCall(ms: number): void {
  const ask = (globalThis as { [checkTimeKey]?: (ms: number) => void })[checkTimeKey];
  ask?.(ms + marginMs);
  allowFileTimeFromNow(ms + marginMs);
}
