/**
 * The faults a learner's code can produce, as named errors. The sandbox throws them, vitest
 * carries their `name` to the reporter, and the reporter turns each name into a status.
 */

/** Base class: `name` is what survives the trip from the test process to the reporter. */
export class ExerciseFault extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
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

/** A check failed: `message` is the one plain sentence the report shows. */
export class GradeFailure extends ExerciseFault {
  constructor(message: string) {
    super('GradeFailure', message);
  }
}

/** Errors as they cross the worker boundary: plain data. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}
