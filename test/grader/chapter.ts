/**
 * What a grader file uses to reach the learner's code: one sandboxed chapter per test file,
 * closed after the file's tests, with every call checked for mutated arguments.
 */
import { afterAll } from 'vitest';
import { GradeFailure } from './errors.ts';
import { formatCall, formatValue, ordinal } from './format.ts';
import { ChapterSandbox, type CallOptions, type SandboxOptions } from './sandbox.ts';

export interface LearnerCallOptions extends CallOptions {
  /** The exercise is allowed to modify its arguments (in-place updates). */
  mayMutate?: boolean;
}

export class LearnerChapter {
  constructor(readonly sandbox: ChapterSandbox) {}

  /** Calls the learner's `name(...args)` and returns its value. Fails if it changed an argument. */
  async call<T>(name: string, args: unknown[], options: LearnerCallOptions = {}): Promise<T> {
    const result = await this.sandbox.call<T>(name, args, options);
    if (!options.mayMutate) expectUnchanged(name, args, result.args);
    return result.value;
  }

  /** Runs an export of the chapter's probe module inside the worker (for functions and classes). */
  async probe<T>(name: string, args: unknown[], options: CallOptions = {}): Promise<T> {
    return (await this.sandbox.probe<T>(name, args, options)).value;
  }
}

/** Opens chapter `id` ("01-perceptron") for the current test file. */
export function openChapter(id: string, options: SandboxOptions = {}): LearnerChapter {
  const sandbox = new ChapterSandbox(id, options);
  afterAll(() => sandbox.close());
  return new LearnerChapter(sandbox);
}

function expectUnchanged(name: string, before: unknown[], after: unknown[]) {
  for (let i = 0; i < before.length; i++) {
    if (JSON.stringify(before[i]) !== JSON.stringify(after[i])) {
      throw new GradeFailure(
        `${formatCall(name, before)} changed its ${ordinal(i)} argument in place: it was ${formatValue(before[i])} and became ${formatValue(after[i])}. Work on a copy (for example with .map or [...array]) so the caller's data stays as it was.`,
      );
    }
  }
}
