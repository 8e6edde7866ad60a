/**
 * The faults a learner's code can produce, as named errors. The sandbox throws them, vitest
 * carries their `name` to the reporter, and the reporter turns each name into a status.
 */

/**
 * Base class: `name` is what survives the trip from the test process to the reporter. The stack
 * is only the header: its frames would be the grader's own, which `npm test -- --verbose` must not
 * show a learner (a LearnerError carries the learner's frames instead).
 */
export class ExerciseFault extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
    this.stack = `${name}: ${message}`;
  }
}

/** The learner's code did not finish in time: an infinite loop, or a promise that never settles. */
export class ExerciseTimeout extends ExerciseFault {
  constructor(message: string) {
    super('ExerciseTimeout', message);
  }
}

/** The worker died: out of memory, or an error thrown where nobody could catch it. */
export class ExerciseCrash extends ExerciseFault {
  constructor(message: string) {
    super('ExerciseCrash', message);
  }
}

/** The learner's code called process.exit, which would have ended the whole grading run. */
export class ProcessExitError extends ExerciseFault {
  constructor(message: string) {
    super('ProcessExitError', message);
  }
}

/** The file could not be loaded: a syntax error, a missing import, or an error at the top level. */
export class ExerciseLoadError extends ExerciseFault {
  constructor(message: string) {
    super('ExerciseLoadError', message);
  }
}

/** The stub still throws its NotImplemented marker. `what` is the function that threw it. */
export class NotImplementedFault extends ExerciseFault {
  constructor(
    message: string,
    readonly what: string,
  ) {
    super('NotImplemented', message);
  }
}

/**
 * A check failed: `message` is the one plain sentence the report shows, and `hint`, when the check
 * has one, is the hint that fits this failure (otherwise the report shows the exercise's first).
 */
export class GradeFailure extends ExerciseFault {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super('GradeFailure', message);
  }
}

/** What the learner's code threw, as it came out of the worker. */
export interface Thrown {
  /** False for a thrown string, number, plain object…: anything that is not an Error. */
  isError: boolean;
  /** The Error's name ("Error", "RangeError"…); "NotAnError" when isError is false. */
  name: string;
  /** The Error's message; for anything else, a description such as `the string "oops"`. */
  message: string;
}

/**
 * The learner's code threw while a grader called it. `message` is already the sentence for the
 * report: the call, what it threw, and the learner's own stack frames. Graders that expect a throw
 * (expectThrows) look at `thrown`.
 */
export class LearnerError extends Error {
  constructor(
    message: string,
    readonly thrown: Thrown,
    /** "dot (exercises/00-getting-started.ts:14:11)", innermost first, learner files only. */
    readonly frames: string[],
  ) {
    super(message);
    this.name = 'LearnerError';
  }
}

/** Errors as they cross the worker boundary: plain data. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** False when the learner threw something that is not an Error (see Thrown). */
  isError?: boolean;
}

/** Faults end a check at once: nothing is learnt from calling again (and it may cost a deadline). */
export function isFault(error: unknown): boolean {
  const name = (error as Error | undefined)?.name ?? '';
  return name === 'NotImplemented' || name === 'ProcessExitError' || name.startsWith('Exercise');
}
