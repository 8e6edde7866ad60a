/**
 * Chapter 3's probe module: runs inside the sandbox worker beside the learner's file, where it can
 * hand forwardDifference and centralDifference a real function. It records every point at which
 * the learner's code called f, so the grader can say what the code did ("evaluated f at 3 and
 * 3.001: that is the forward difference") instead of only that the number is wrong.
 */
import * as learner from '#learner/03-derivatives.ts';
import { buildFunction, type TestFunction } from './03-derivatives-functions.ts';

/** What one call of a difference quotient did: its result and where it evaluated f, in order. */
export interface DifferenceRun {
  value: unknown;
  /** The points x at which f was called, in call order (at most MAX_RECORDED of them). */
  calls: number[];
  /** How many times f was called in all. */
  callCount: number;
}

// A loop that calls f a million times should still come back as data the report can show.
const MAX_RECORDED = 50;

type Difference = (f: (x: number) => number, x: number, h?: number) => number;

/**
 * Calls the learner's `name` (forwardDifference or centralDifference) on the function `spec`
 * describes, at x, with step h (left out of the call when h is undefined, so the default applies).
 */
function run(name: 'forwardDifference' | 'centralDifference', spec: TestFunction, x: number, h?: number): DifferenceRun {
  const difference = (learner as Record<string, unknown>)[name];
  if (typeof difference !== 'function') {
    // Named so the sandbox reports it as a missing export, like a direct call would.
    const error = new Error(`does not export a function named ${name}`);
    error.name = 'MissingExport';
    throw error;
  }
  const f = buildFunction(spec);
  const calls: number[] = [];
  let callCount = 0;
  const recorded = (point: number) => {
    callCount++;
    if (calls.length < MAX_RECORDED) calls.push(point);
    return f(point);
  };
  const value = h === undefined ? (difference as Difference)(recorded, x) : (difference as Difference)(recorded, x, h);
  return { value, calls, callCount };
}

// One export per exercise, named after it: the sandbox remembers a time-out by name, so a
// forwardDifference that never returns does not also cost centralDifference its deadline.

/** The learner's forwardDifference on the described function. */
export function forwardDifference(spec: TestFunction, x: number, h?: number): DifferenceRun {
  return run('forwardDifference', spec, x, h);
}

/** The learner's centralDifference on the described function. */
export function centralDifference(spec: TestFunction, x: number, h?: number): DifferenceRun {
  return run('centralDifference', spec, x, h);
}
