/**
 * What grading one grader file produces, as plain data: it crosses from the process that ran the
 * checks to the one that reports them, and is what the reporter, verify and the batch read.
 */
import type { Printed } from '../printed.ts';

/** What a check attaches for the report beyond pass or fail. */
export interface CheckMeta {
  /** What the learner's code printed during the check, by call (the reporter shows it). */
  printed?: Printed[];
  /** Lines the report shows under the exercise whatever its status (a capstone's confusion matrix). */
  details?: string[];
  /**
   * The share of the exercise's points (0 to 1) a failing check still earns: the capstone gives
   * partial points from 85% held-out accuracy.
   */
  partialCredit?: number;
  /** The reference files (lib/, solutions/) the learner's code imported: it ran, and the report says so. */
  usesReference?: string[];
}

export interface CheckError {
  /** The fault's name (GradeFailure, ExerciseTimeout, LearnerError…): the reporter's status comes from it. */
  name: string;
  message: string;
  hint?: string;
  /** For `npm test -- --verbose`: the learner's frames (never the grader's), and the values compared. */
  stack?: string;
  actual?: unknown;
  expected?: unknown;
}

export interface CheckRecord {
  /** The describe() blocks around the check, outermost first: [0] is the exercise. */
  suites: string[];
  name: string;
  state: 'passed' | 'failed' | 'skipped';
  errors: CheckError[];
  meta: CheckMeta;
  /** Why it was skipped, when it said (the capstone waits for its quick checks). */
  note?: string;
  ms: number;
}

export interface FileRecord {
  checks: CheckRecord[];
  /** Failures of the file as a whole: it could not load, a hook failed, or its process was stopped. */
  errors: CheckError[];
}
