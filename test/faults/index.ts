/**
 * Fault fixtures: files that stand in for chapter 0 and misbehave. `npm run verify` grades each
 * and checks every exercise gets the expected status (and message), within a bounded time.
 */
import type { Status } from '../grader/status.ts';

export interface Fault {
  file: string;
  /** The expected status of each exercise of chapter 0, and a phrase its message must contain. */
  expect: Record<'dot' | 'mean', { status: Status; message?: string }>;
}

const meanPasses = { status: 'passed' } as const;

export const faults: Fault[] = [
  { file: 'infinite-loop-at-load.ts', expect: { dot: { status: 'timed out', message: 'loading test/faults/infinite-loop-at-load.ts did not finish' }, mean: { status: 'timed out' } } },
  { file: 'infinite-loop-in-call.ts', expect: { dot: { status: 'timed out', message: 'dot([1, 2, 3], [4, 5, 6]) did not return within 2 s' }, mean: meanPasses } },
  { file: 'memory-bomb.ts', expect: { dot: { status: 'crashed', message: 'dot([1, 2, 3], [4, 5, 6]) ran out of memory' }, mean: meanPasses } },
  { file: 'process-exit.ts', expect: { dot: { status: 'crashed', message: 'called process.exit(1)' }, mean: meanPasses } },
  { file: 'syntax-error.ts', expect: { dot: { status: 'could not load', message: 'test/faults/syntax-error.ts:3:' }, mean: { status: 'could not load' } } },
  { file: 'never-resolving-promise.ts', expect: { dot: { status: 'timed out', message: 'a promise that never settles' }, mean: meanPasses } },
  { file: 'input-mutation.ts', expect: { dot: { status: 'failing', message: 'changed a in place' }, mean: meanPasses } },
  { file: 'unawaited-async-throw.ts', expect: { dot: { status: 'crashed', message: 'dot([1, 2, 3], [4, 5]) threw after returning, from a promise nobody awaited' }, mean: meanPasses } },
  { file: 'timer-throws.ts', expect: { dot: { status: 'crashed', message: 'dot([1, 2, 3], [4, 5]) threw after returning, from a timer' }, mean: meanPasses } },
  { file: 'top-level-rejection.ts', expect: { dot: { status: 'could not load', message: 'its top-level code threw from a promise nobody awaited' }, mean: { status: 'could not load' } } },
  { file: 'console-log.ts', expect: { dot: { status: 'passed' }, mean: { status: 'timed out', message: 'mean([2, 4, 9]) did not return' } } },
  { file: 'async-export.ts', expect: { dot: { status: 'failing', message: 'returned a Promise, but dot is not async' }, mean: meanPasses } },
];
