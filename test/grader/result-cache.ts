/**
 * Results of checks that train a network, kept between runs so that `npm test` does not train
 * again while nothing the training runs has changed (the capstone's minutes, chapter 11's seconds
 * on real digits: grading the rest of the course takes a second or two). An entry is found by a key
 * that hashes every source file the training runs (ChapterSandbox.sourceHash: the learner's
 * chapters, the probe, lib/), the grader file and the settings of the run.
 *
 * Kept in the learner's state folder with the state files' rules (state-files.ts): a cache that
 * cannot be read is one warning line and a training run, never a different verdict.
 */
import { createHash } from 'node:crypto';
import { isRecord, readState, stateFile, writeState } from './state-files.ts';

interface Entry<T> {
  key: string;
  value: T;
}

/** A few entries per file: verify grades solutions/, the learner exercises/, and they may take turns. */
const kept = 6;

/** The key of a run: each part (hashes, file texts, a sentence of settings) in order. */
export function resultKey(parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export class ResultCache<T> {
  private readonly file: string;
  private readonly isEntries: (value: unknown) => value is Entry<T>[];

  /** `name` is the state file ("capstone.json"); `isValue` checks what it read back. */
  constructor(name: string, isValue: (value: unknown) => value is T) {
    this.file = stateFile(name);
    this.isEntries = (value): value is Entry<T>[] => Array.isArray(value) && value.every((e) => isRecord(e) && typeof e.key === 'string' && isValue(e.value));
  }

  /** The value saved under `key`, if any. */
  get(key: string): T | undefined {
    return readState(this.file, this.isEntries, []).find((e) => e.key === key)?.value;
  }

  /** Saves `value` under `key`, most recent last, dropping the oldest beyond a few. */
  set(key: string, value: T): void {
    const entries = readState(this.file, this.isEntries, []).filter((e) => e.key !== key);
    entries.push({ key, value });
    writeState(this.file, entries.slice(-kept));
  }
}
