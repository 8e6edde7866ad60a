/**
 * What a grader file declares its checks with: describe() for an exercise (and groups within it),
 * it() for a check, afterEach() and afterAll() for tidying up. The names and the check's context
 * (task.meta, annotate, skip) are vitest's, so a grader reads as any test file does; the grade
 * runner (run-file.ts) runs them, without a test framework's start-up cost on every `npm test`.
 */
import type { CheckMeta } from './records.ts';

export interface CheckContext {
  task: { name: string; meta: CheckMeta };
  /** A message for the report while the check runs; type 'progress' is shown at once (the capstone's epochs). */
  annotate(message: string, type?: string): Promise<void>;
  /** Ends the check as skipped, with a note the report shows under the exercise. */
  skip(note?: string): never;
}

export type CheckBody = (context: CheckContext) => unknown;
type Hook = (context: CheckContext) => unknown;

export interface Check {
  kind: 'check';
  name: string;
  body: CheckBody;
  timeoutMs?: number;
}

export interface Suite {
  kind: 'suite';
  name: string;
  children: (Suite | Check)[];
  afterEach: Hook[];
  afterAll: (() => unknown)[];
}

/**
 * The file being collected. One per process at a time (the runner imports one grader, collects,
 * runs it, then the next); kept on globalThis so every copy of this module agrees on it.
 */
const key = Symbol.for('nnfs.grade-collecting');
const state = globalThis as typeof globalThis & { [key]?: Suite[] };

/** Starts collecting a file's declarations; `finishCollecting` returns them. */
export function startCollecting(): Suite {
  const root: Suite = { kind: 'suite', name: '', children: [], afterEach: [], afterAll: [] };
  state[key] = [root];
  return root;
}

export function finishCollecting(): void {
  state[key] = undefined;
}

function current(what: string): Suite {
  const stack = state[key];
  if (!stack) throw new Error(`${what} was called outside a grader file being collected (or after its checks began)`);
  return stack[stack.length - 1];
}

export function describe(name: string, body: () => void): void {
  const suite: Suite = { kind: 'suite', name, children: [], afterEach: [], afterAll: [] };
  current('describe()').children.push(suite);
  state[key]!.push(suite);
  try {
    body();
  } finally {
    state[key]!.pop();
  }
}

export function it(name: string, body: CheckBody, timeoutMs?: number): void {
  current('it()').children.push({ kind: 'check', name, body, timeoutMs });
}

export function afterEach(hook: Hook): void {
  current('afterEach()').afterEach.push(hook);
}

export function afterAll(hook: () => unknown): void {
  current('afterAll()').afterAll.push(hook);
}
