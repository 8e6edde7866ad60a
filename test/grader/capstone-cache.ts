/**
 * The capstone's last results, so that `npm test` does not train the learner's network again
 * while nothing it runs has changed (training takes half a minute to minutes; grading the rest of
 * the course, a second or two). An entry is found by a key that hashes every source file the
 * training runs (ChapterSandbox.sourceHash: the learner's chapters, the probe, lib/), the grader
 * file and the training policy: change any of them, chapter 7 say, and it trains again.
 *
 * Kept in the learner's state folder with the state files' rules (state-files.ts): a cache that
 * cannot be read is one warning line and a training run, never a different verdict.
 */
import { createHash } from 'node:crypto';
import { isRecord, readState, stateFile, writeState } from './state-files.ts';

/** What a capstone run found: enough to grade and report it again without training. */
export interface CapstoneOutcome {
  /** When the training ended (ISO time). */
  savedAt: string;
  /** How long the training call took, in seconds. */
  seconds: number;
  /** The fraction of the held-out digits read right. */
  accuracy: number;
  /** Rows = true digit, columns = predicted digit, counted over the held-out digits. */
  confusion: number[][];
  /** The epochs as onEpoch reported them. */
  epochs: { epoch: number; loss: number; trainingAccuracy: number; elapsedMs: number }[];
}

interface Entry {
  key: string;
  outcome: CapstoneOutcome;
}

const cacheFile = stateFile('capstone.json');
/** A few entries: verify grades solutions/, the learner exercises/, and they may take turns. */
const kept = 6;

const isOutcome = (value: unknown): value is CapstoneOutcome =>
  isRecord(value) &&
  typeof value.savedAt === 'string' &&
  typeof value.seconds === 'number' &&
  typeof value.accuracy === 'number' &&
  Array.isArray(value.confusion) &&
  value.confusion.length === 10 &&
  value.confusion.every((row) => Array.isArray(row) && row.length === 10 && row.every((n) => typeof n === 'number')) &&
  Array.isArray(value.epochs);
const isCache = (value: unknown): value is Entry[] => Array.isArray(value) && value.every((e) => isRecord(e) && typeof e.key === 'string' && isOutcome(e.outcome));

/** The cache key of a run: each part (hashes, file texts, a policy sentence) in order. */
export function capstoneKey(parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The outcome saved under `key`, if any. */
export function cachedCapstone(key: string): CapstoneOutcome | undefined {
  return readState(cacheFile, isCache, []).find((e) => e.key === key)?.outcome;
}

/** Saves `outcome` under `key`, most recent last, dropping the oldest beyond a few. */
export function rememberCapstone(key: string, outcome: CapstoneOutcome): void {
  const entries = readState(cacheFile, isCache, []).filter((e) => e.key !== key);
  entries.push({ key, outcome });
  writeState(cacheFile, entries.slice(-kept));
}
