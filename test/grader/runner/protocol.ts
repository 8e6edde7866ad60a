/** The messages between the grade runner (pool.ts) and its grading processes (child.ts). */
import type { CheckError, FileRecord } from './records.ts';

/** One grader file to run, as the pool sends it. */
export interface JobMessage {
  id: number;
  /** The compiled grader's URL; a query string of its own makes the process evaluate it afresh. */
  url: string;
  /** Grade only this exercise's checks. */
  exercise?: string;
  /** GRADE_LEARNER for this job (the file or folder standing in for exercises/), when it differs. */
  learner?: string;
  /** Files still wait in the queue: the process boots a spare sandbox worker for the next one (keepSpareWorker). */
  more?: boolean;
  /** The file's deadline as it starts (ms from the job's start): the process asks for more only past it. */
  deadlineMs?: number;
}

export type ChildMessage =
  | { type: 'progress'; id: number; exercise: string; message: string }
  /** The file asks for `ms` in all (allowFileTime): the capstone's training. */
  | { type: 'file-time'; id: number; ms: number }
  /** An error nobody caught in the grading process while the job ran. */
  | { type: 'stray'; id: number; error: CheckError }
  | { type: 'done'; id: number; record: FileRecord };
