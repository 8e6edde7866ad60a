/**
 * The last known status of every exercise, so `npm test -- 08` can say that trainMlp is blocked by
 * chapter 7 without grading chapter 7 again. An entry is trusted only while nothing it depends on
 * has changed: its key hashes the grader file and the learner's files of that chapter and every
 * earlier one (a chapter's code may import any earlier chapter, never a later one).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Status } from './status.ts';
import { learnerFile, repoRoot } from './learner.ts';
import { isRecord, readState, stateFile, writeState } from './state-files.ts';

const cacheFile = stateFile('statuses.json');

interface Entry {
  key: string;
  statuses: Record<string, Status>;
}

type Cache = Record<string, Record<string, Entry>>;

/**
 * Only a folder of chapter files (exercises/, solutions/) is cached: when one file stands in for
 * every chapter (verify's mutants and fault fixtures), an earlier chapter's status means nothing.
 * The learner's progress (progress.ts) is kept per folder the same way.
 */
export function learnerFolder(): string | undefined {
  const value = process.env.GRADE_LEARNER ?? 'exercises';
  return value.endsWith('.ts') ? undefined : value.replace(/\/$/, '');
}

const isEntry = (value: unknown): value is Entry => isRecord(value) && typeof value.key === 'string' && isRecord(value.statuses);
const isCache = (value: unknown): value is Cache =>
  isRecord(value) && Object.values(value).every((entries) => isRecord(entries) && Object.values(entries).every(isEntry));

function read(): Cache {
  return readState(cacheFile, isCache, {});
}

/**
 * The key of chapter `id`, given every chapter id in order: it changes when the grader or the
 * learner's file of this chapter or an earlier one does (so the site can tell a stale grade too).
 */
export function chapterKey(id: string, allIds: readonly string[]): string {
  const hash = createHash('sha256');
  const grader = join(repoRoot, 'test', `${id}.test.ts`);
  for (const file of [grader, ...allIds.slice(0, allIds.indexOf(id) + 1).map(learnerFile)]) {
    hash.update(file).update('\0').update(existsSync(file) ? readFileSync(file) : '').update('\0');
  }
  return hash.digest('hex');
}

export function rememberStatuses(results: ReadonlyMap<string, Record<string, Status>>, allIds: readonly string[]): void {
  const learner = learnerFolder();
  if (!learner) return;
  const cache = read();
  const entries = cache[learner] ?? {};
  for (const [id, statuses] of results) entries[id] = { key: chapterKey(id, allIds), statuses };
  // Most recent last, and only a few folders (verify grades scratch folders that come and go).
  delete cache[learner];
  cache[learner] = entries;
  for (const old of Object.keys(cache).slice(0, -8)) delete cache[old];
  // A cache that cannot be saved only costs the "blocked by" lines of later single-chapter runs.
  writeState(cacheFile, cache);
}

/** A lookup of remembered statuses that are still valid for the files as they are now. */
export function rememberedStatuses(allIds: readonly string[]): (chapter: string, name: string) => Status | undefined {
  const learner = learnerFolder();
  const entries = learner ? (read()[learner] ?? {}) : {};
  const valid = new Map<string, boolean>();
  return (chapter, name) => {
    const entry = entries[chapter];
    if (!entry) return undefined;
    if (!valid.has(chapter)) valid.set(chapter, entry.key === chapterKey(chapter, allIds));
    return valid.get(chapter) ? entry.statuses[name] : undefined;
  };
}
