/**
 * What a grader file uses to reach the learner's code: one sandboxed chapter per test file,
 * closed after the file's tests, with every call checked for mutated arguments.
 */
import { GradeFailure } from './errors.ts';
import { formatCall, formatValue, ordinal } from './format.ts';
import type { Printed } from './printed.ts';
import { afterAll, afterEach } from './runner/api.ts';
import { ChapterSandbox, type CallOptions, type SandboxOptions } from './sandbox.ts';

export interface LearnerCallOptions extends CallOptions {
  /** The exercise is allowed to modify its arguments (in-place updates). */
  mayMutate?: boolean;
}

export interface ChapterOptions extends SandboxOptions {
  /**
   * The parameter names of each exercise, as the stub declares them, so a report can say
   * "changed options.w in place" rather than "changed its third argument".
   */
  params?: Record<string, readonly string[]>;
}

export class LearnerChapter {
  constructor(
    readonly sandbox: ChapterSandbox,
    private readonly params: Record<string, readonly string[]> = {},
  ) {}

  /** Calls the learner's `name(...args)` and returns its value. Fails if it changed an argument. */
  async call<T>(name: string, args: unknown[], options: LearnerCallOptions = {}): Promise<T> {
    const result = await this.sandbox.call<T>(name, args, options);
    if (!options.mayMutate) expectUnchanged(name, args, result.args, this.params[name] ?? []);
    return expectNoBigInt(result.value, () => options.label ?? formatCall(name, args));
  }

  /** Calls `name(...args)` as call does, and also returns the call as a report writes it. */
  async attempt<T>(name: string, args: unknown[], options: LearnerCallOptions = {}): Promise<{ what: string; got: T }> {
    return { what: formatCall(name, args), got: await this.call<T>(name, args, options) };
  }

  /** Runs an export of the chapter's probe module inside the worker (for functions and classes). */
  async probe<T>(name: string, args: unknown[], options: CallOptions = {}): Promise<T> {
    return expectNoBigInt((await this.sandbox.probe<T>(name, args, options)).value, () => options.label ?? formatCall(name, args));
  }
}

/** Where the first BigInt in `value` is ("" for the value itself), or undefined when there is none. */
function firstBigInt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'bigint') return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'number') continue; // the usual case, and the arrays can be long
      const found = firstBigInt(item, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  } else if (value instanceof BigInt64Array || value instanceof BigUint64Array) {
    return value.length > 0 ? `${path}[0]` : undefined;
  } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstBigInt(item, `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * A BigInt crosses the sandbox intact, but no grader can compute with one (5n - 5 throws, and
 * JSON.stringify cannot write it): fail at once with a sentence rather than a grader's own TypeError.
 * `call` names the call; it is rendered only for the report, as nearly every call passes.
 */
function expectNoBigInt<T>(value: T, call: () => string): T {
  const path = firstBigInt(value);
  if (path === undefined) return value;
  const what = call();
  const advice = 'return a number (Number(x) turns a BigInt into one): the course computes with numbers, and a BigInt cannot be mixed with them';
  if (path === '') throw new GradeFailure(`${what} returned ${formatValue(value)}; ${advice}.`);
  const at = path.replace(/^\./, '');
  throw new GradeFailure(`${what} returned ${formatValue(value)}, which holds ${formatValue(valueAt(value, path))} at ${at}; ${advice.replace('return a number', 'return a number there')}.`);
}

/** Opens chapter `id` ("01-perceptron") for the current test file. */
export function openChapter(id: string, options: ChapterOptions = {}): LearnerChapter {
  const { params, ...sandboxOptions } = options;
  const sandbox = new ChapterSandbox(id, sandboxOptions);
  sandbox.warmUp();
  // After each check: what its calls printed goes to the report, with the reference files the
  // learner's code imports, and an error one of them threw after returning (a timer, a promise
  // nobody awaited) fails it.
  afterEach(({ task }) => {
    const printed = sandbox.takePrinted();
    if (printed.length > 0) task.meta.printed = printed;
    if (sandbox.usesReference.length > 0) task.meta.usesReference = sandbox.usesReference;
    sandbox.afterCalls();
  });
  afterAll(() => sandbox.close());
  return new LearnerChapter(sandbox, params);
}

/** JSON.stringify, with a BigInt the learner put into an argument written as 5n rather than thrown over. */
const asJson = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item));

/** The path of the first difference between two plain values ("" when they differ as a whole). */
function firstDifference(before: unknown, after: unknown, path: string): string | undefined {
  if (asJson(before) === asJson(after)) return undefined;
  if (before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      const inner = Array.isArray(before) ? `${path}[${key}]` : `${path}.${key}`;
      const found = firstDifference((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], inner);
      if (found !== undefined) {
        // Name the innermost array or object that changed, not a single number inside it.
        const value = (before as Record<string, unknown>)[key];
        return value !== null && typeof value === 'object' ? found : path;
      }
    }
  }
  return path;
}

function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const [, key, index] of path.matchAll(/\.([^.[]+)|\[(\d+)\]/g)) value = (value as Record<string, unknown>)[key ?? index];
  return value;
}

/**
 * The same plain data, number for number and key for key, so that asJson writes both alike: the
 * usual case, as nearly every call leaves its arguments alone, told without writing either as
 * JSON. Anything else (-0 against 0, a Date, a typed array) is left to firstDifference.
 */
function identical(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!identical(a[i], b[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== otherKeys[i] || !identical((a as Record<string, unknown>)[keys[i]], (b as Record<string, unknown>)[keys[i]])) return false;
  }
  return true;
}

function expectUnchanged(name: string, before: unknown[], after: unknown[], params: readonly string[]) {
  for (let i = 0; i < before.length; i++) {
    if (identical(before[i], after[i])) continue;
    const path = firstDifference(before[i], after[i], '');
    if (path === undefined) continue;
    const argument = params[i] ?? `its ${ordinal(i)} argument`;
    const changed = params[i] ? `${argument}${path}` : path ? `${path.replace(/^\./, '')} of ${argument}` : argument;
    throw new GradeFailure(
      `${formatCall(name, before)} changed ${changed} in place: it was ${formatValue(valueAt(before[i], path))} and became ${formatValue(valueAt(after[i], path))}. Work on a copy (for example with .map or [...array]) so the caller's data stays as it was.`,
    );
  }
}
