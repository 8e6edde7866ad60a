/**
 * The capstone's last results (result-cache.ts), so that `npm test` does not train the learner's
 * network again while nothing it runs has changed: change chapter 7, say, and it trains again.
 */
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

const cache = new ResultCache<CapstoneOutcome>('capstone.json', (value): value is CapstoneOutcome =>
  isRecord(value) &&
  typeof value.savedAt === 'string' &&
  typeof value.seconds === 'number' &&
  typeof value.accuracy === 'number' &&
  Array.isArray(value.confusion) &&
  value.confusion.length === 10 &&
  value.confusion.every((row) => Array.isArray(row) && row.length === 10 && row.every((n) => typeof n === 'number')) &&
  Array.isArray(value.epochs),
);

/** The cache key of a run: each part (hashes, file texts, a policy sentence) in order. */
export const capstoneKey = resultKey;

/** The outcome saved under `key`, if any. */
export function cachedCapstone(key: string): CapstoneOutcome | undefined {
  return cache.get(key);
}

/** Saves `outcome` under `key`, most recent last, dropping the oldest beyond a few. */
export function rememberCapstone(key: string, outcome: CapstoneOutcome): void {
  cache.set(key, outcome);
}
