/**
 * From a grader's test results to one status per exercise. Pure, so the rules are unit-tested
 * (test/course/status.test.ts) apart from vitest.
 */

export type Status = 'passed' | 'failing' | 'not started' | 'timed out' | 'crashed' | 'could not load' | 'blocked';

export interface CheckResult {
  /** The test's title inside the exercise's describe(). */
  title: string;
  state: 'passed' | 'failed' | 'skipped' | 'pending';
  errors: readonly { name?: string; message: string; hint?: string }[];
}

export interface ExerciseVerdict {
  status: Status;
  /** The one sentence the report shows for a non-passing exercise. */
  message?: string;
  /** A hint that fits this failure, when the failing check has one. */
  hint?: string;
  passedChecks: number;
  totalChecks: number;
}

/** Which fault wins when several checks fail differently: the most fundamental one. */
const faultStatus: [string, Status][] = [
  ['ExerciseLoadError', 'could not load'],
  ['ExerciseCrash', 'crashed'],
  ['ProcessExitError', 'crashed'],
  ['ExerciseTimeout', 'timed out'],
];

export function exerciseVerdict(exercise: string, checks: readonly CheckResult[]): ExerciseVerdict {
  const counted = checks.filter((c) => c.state !== 'skipped');
  const failed = counted.filter((c) => c.state !== 'passed');
  const base = { passedChecks: counted.length - failed.length, totalChecks: counted.length };
  if (counted.length === 0) return { ...base, status: 'failing', message: `no checks ran for ${exercise}` };
  if (failed.length === 0) return { ...base, status: 'passed' };
  // A check that failed without an error never finished: its process was stopped (its file's deadline,
  // or a crash outside the sandbox).
  // A fault among a check's errors explains the others (a wrong result from a call that also threw
  // after returning, found when the check ended), so it is the one reported.
  const firstErrors = failed.map(
    (c) =>
      c.errors.find((e) => faultStatus.some(([name]) => name === e.name)) ??
      c.errors[0] ?? {
        name: 'ExerciseCrash',
        message: `the grader stopped before the check "${c.title}" finished: it ran past its deadline or its process died`,
      },
  );
  for (const [name, status] of faultStatus) {
    const error = firstErrors.find((e) => e.name === name);
    if (error) return { ...base, status, message: error.message };
  }
  const notImplemented = firstErrors.filter((e) => e.name === 'NotImplemented');
  if (notImplemented.length === firstErrors.length) {
    // The stub's own marker means "not started"; another function's marker means this one is
    // written but depends on something that is not.
    const other = notImplemented.find((e) => !e.message.startsWith(`${exercise} `));
    if (!other) return { ...base, status: 'not started' };
    const what = other.message.split(' ')[0];
    return { ...base, status: 'failing', message: `${exercise} calls ${what}, which is not implemented yet: do ${what} first.` };
  }
  const failure = failed.find((c) => c.errors[0].name !== 'NotImplemented') ?? failed[0];
  const error = failure.errors[0];
  const message = describeError(error, failure.title);
  return { ...base, status: 'failing', message, ...(error.hint ? { hint: error.hint } : {}) };
}

/**
 * A GradeFailure is already a sentence, and so is a LearnerError (the call, what it threw, where);
 * anything else was thrown by the grader's own code around the call.
 */
function describeError(error: { name?: string; message: string }, title: string): string {
  if (error.name === 'GradeFailure' || error.name === 'AssertionError' || error.name === 'LearnerError') return error.message;
  return `while checking that it ${title}, it threw ${error.name ?? 'Error'}: ${error.message}`;
}
