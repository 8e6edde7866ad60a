/**
 * The capstone's last results (result-cache.ts), so that `npm test` does not train the learner's
 * network again while nothing it runs has changed: change chapter 7, say, and it trains again.
 *
 * The course's own solution has one more: test/capstone/solutions-outcome.json, committed, holds
 * the outcome of solutions/ under the key of the exact files it ran. A clean clone (CI) then
 * grades the solved capstone without training it for a minute, and any change to what it runs
 * changes the key, so it trains again. `npm run capstone:record` refreshes the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './learner.ts';
import { ResultCache, resultKey } from './result-cache.ts';
import { isRecord } from './state-files.ts';

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

const isOutcome = (value: unknown): value is CapstoneOutcome =>
  isRecord(value) &&
  typeof value.savedAt === 'string' &&
  typeof value.seconds === 'number' &&
  typeof value.accuracy === 'number' &&
  Array.isArray(value.confusion) &&
  value.confusion.length === 10 &&
  value.confusion.every((row) => Array.isArray(row) && row.length === 10 && row.every((n) => typeof n === 'number')) &&
  Array.isArray(value.epochs);

const cache = new ResultCache<CapstoneOutcome>('capstone.json', isOutcome);

/** The cache key of a run: each part (hashes, file texts, a policy sentence) in order. */
export const capstoneKey = resultKey;

export const solutionsOutcomeFile = join(repoRoot, 'test', 'capstone', 'solutions-outcome.json');

/** The committed outcome of solutions/, when `key` is the key it was recorded under. */
function recordedSolutionsOutcome(key: string): CapstoneOutcome | undefined {
  try {
    const recorded = JSON.parse(readFileSync(solutionsOutcomeFile, 'utf8')) as { key?: unknown; outcome?: unknown };
    return recorded.key === key && isOutcome(recorded.outcome) ? recorded.outcome : undefined;
  } catch {
    return undefined;
  }
}

/** The outcome saved under `key`, if any. */
export function cachedCapstone(key: string): CapstoneOutcome | undefined {
  return cache.get(key) ?? recordedSolutionsOutcome(key);
}

/** Saves `outcome` under `key`, most recent last, dropping the oldest beyond a few. */
export function rememberCapstone(key: string, outcome: CapstoneOutcome): void {
  cache.set(key, outcome);
}
