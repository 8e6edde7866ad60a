/**
 * Runs one grader file: imports it (its describe() and it() calls declare the checks), then runs
 * the checks in order, each under its own time bound, with the afterEach hooks around it and the
 * afterAll hooks at the end of its block. What comes out is plain data (records.ts).
 */
import { startCollecting, finishCollecting, type Check, type CheckContext, type Suite } from './api.ts';
import type { CheckError, CheckRecord, FileRecord } from './records.ts';
import { checkTimeKey } from '../call-time.ts';

export interface RunFileOptions {
  /** Run only this exercise's checks (its top-level describe block); the others are recorded as skipped. */
  exercise?: string;
  /** A check's time bound unless it gives its own: it bounds the grader, as each call to learner code has its own deadline. */
  checkTimeoutMs?: number;
  /** A check reported its progress (annotate with type 'progress'): the capstone's epochs. */
  onProgress?: (exercise: string, message: string) => void;
}

/** Thrown by a check's skip(): not a failure. */
class Skipped {
  constructor(readonly note: string | undefined) {}
}

/** An error as it crosses to the reporting process: its name survives, as the status depends on it. */
export function asCheckError(thrown: unknown): CheckError {
  if (!(thrown instanceof Error)) return { name: 'Error', message: `a non-Error was thrown: ${String(thrown)}` };
  const { name, message, stack } = thrown;
  const extra = thrown as Error & { hint?: unknown; actual?: unknown; expected?: unknown; showDiff?: boolean };
  const error: CheckError = { name, message, stack };
  if (typeof extra.hint === 'string') error.hint = extra.hint;
  if (extra.showDiff) Object.assign(error, { actual: extra.actual, expected: extra.expected });
  return error;
}

/**
 * The check's work, or an Error once `ms` have passed; a call into learner code the check makes
 * pushes that back to cover its own deadline (call-time.ts), so only the grader's own waiting is bounded.
 */
function bounded(work: unknown, ms: number): Promise<unknown> {
  const started = performance.now();
  let deadline = started + ms;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((_, reject) => {
    const expire = () => {
      const left = deadline - performance.now();
      if (left > 0) timer = setTimeout(expire, left);
      else reject(new Error(`the check did not finish within ${Math.round(deadline - started) / 1000} s`));
    };
    timer = setTimeout(expire, ms);
  });
  const slot = globalThis as { [checkTimeKey]?: (ms: number) => void };
  slot[checkTimeKey] = (need) => {
    deadline = Math.max(deadline, performance.now() + need);
  };
  return Promise.race([Promise.resolve(work), late]).finally(() => {
    clearTimeout(timer);
    delete slot[checkTimeKey];
  });
}

export async function runGraderFile(url: string, options: RunFileOptions = {}): Promise<FileRecord> {
  const record: FileRecord = { checks: [], errors: [] };
  const root = startCollecting();
  try {
    await import(url);
  } catch (error) {
    record.errors.push(asCheckError(error));
    return record;
  } finally {
    finishCollecting();
  }

  async function runCheck(check: Check, suites: string[], hooks: Suite['afterEach'][]) {
    const result: CheckRecord = { suites, name: check.name, state: 'passed', errors: [], meta: {}, ms: 0 };
    record.checks.push(result);
    if (options.exercise !== undefined && suites[0] !== options.exercise) {
      result.state = 'skipped';
      return;
    }
    const context: CheckContext = {
      task: { name: check.name, meta: result.meta },
      annotate: async (message, type) => {
        if (type === 'progress') options.onProgress?.(suites[0] ?? check.name, message);
      },
      skip: (note) => {
        throw new Skipped(note);
      },
    };
    const started = performance.now();
    try {
      await bounded(check.body(context), check.timeoutMs ?? options.checkTimeoutMs ?? 60_000);
    } catch (thrown) {
      if (thrown instanceof Skipped) {
        result.state = 'skipped';
        if (thrown.note) result.note = thrown.note;
      } else {
        result.state = 'failed';
        result.errors.push(asCheckError(thrown));
      }
    }
    // Innermost block's hooks first; a hook that fails fails the check (the chapter's afterEach
    // fails it for an error the learner's code threw after returning).
    for (const list of [...hooks].reverse()) {
      for (const hook of list) {
        try {
          await hook(context);
        } catch (thrown) {
          result.state = 'failed';
          result.errors.push(asCheckError(thrown));
        }
      }
    }
    result.ms = performance.now() - started;
  }

  async function runSuite(suite: Suite, suites: string[], hooks: Suite['afterEach'][]) {
    const within = [...hooks, suite.afterEach];
    for (const child of suite.children) {
      if (child.kind === 'suite') await runSuite(child, [...suites, child.name], within);
      else await runCheck(child, suites, within);
    }
    for (const hook of suite.afterAll) {
      try {
        await hook();
      } catch (thrown) {
        record.errors.push(asCheckError(thrown));
      }
    }
  }

  await runSuite(root, [], []);
  return record;
}
