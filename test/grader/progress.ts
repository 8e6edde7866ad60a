/**
 * The learner's progress, which `npm start` shows beside each chapter (docs/.vitepress/progress/):
 * per chapter, each exercise's status and points as the last report that graded it showed them
 * (the "blocked by" rule applied), when that was, and the key of the files it was graded on, so a
 * grade made before a file changed can be told apart. A run of some chapters keeps the others'
 * (`npm test -- 03` leaves chapter 2's progress as it was). The exercise the report said to do
 * next is kept too, so the site and the report agree on it.
 *
 * Kept per learner folder, as the remembered statuses are (status-cache.ts): verify grades
 * solutions/ and scratch folders in the same state folder, and they must not stand in for the
 * learner's exercises/.
 */
import type { Status } from './status.ts';
import { chapterKey, learnerFolder } from './status-cache.ts';
import { isRecord, readState, stateFile, writeState } from './state-files.ts';

export const progressFile = stateFile('progress.json');

export interface ExerciseProgress {
  name: string;
  status: Status;
  earned: number;
  points: number;
}

export interface ChapterProgress {
  /** When the chapter was last graded (ISO 8601). */
  gradedAt: string;
  /** status-cache.ts's key of the files it was graded on. */
  key: string;
  exercises: ExerciseProgress[];
}

export interface Progress {
  /** By chapter id, every chapter graded so far. */
  chapters: Record<string, ChapterProgress>;
  /** The report's "Next" of the latest run; absent when everything it graded passed. */
  next?: { chapter: string; exercise: string };
}

/** By learner folder ("exercises", "solutions", a scratch folder of verify's). */
type ProgressFile = Record<string, Progress>;

const isExercise = (value: unknown): value is ExerciseProgress =>
  isRecord(value) && typeof value.name === 'string' && typeof value.status === 'string' && typeof value.earned === 'number' && typeof value.points === 'number';
const isChapter = (value: unknown): value is ChapterProgress =>
  isRecord(value) && typeof value.gradedAt === 'string' && typeof value.key === 'string' && Array.isArray(value.exercises) && value.exercises.every(isExercise);
const isProgress = (value: unknown): value is Progress =>
  isRecord(value) &&
  isRecord(value.chapters) &&
  Object.values(value.chapters).every(isChapter) &&
  (value.next === undefined || (isRecord(value.next) && typeof value.next.chapter === 'string' && typeof value.next.exercise === 'string'));
const isProgressFile = (value: unknown): value is ProgressFile => isRecord(value) && Object.values(value).every(isProgress);

/** The progress of the learner folder being graded (GRADE_LEARNER), or none yet. */
export function readProgress(): Progress {
  const learner = learnerFolder();
  return (learner && readState(progressFile, isProgressFile, {})[learner]) || { chapters: {} };
}

/**
 * Saves what a run showed for the chapters it graded, keeping the others', and its next exercise.
 * Nothing is saved when one file stands in for every chapter (verify's mutants and fixtures), nor
 * by a run that graded nothing (a chapter name that matches none).
 */
export function saveProgress(
  shown: ReadonlyMap<string, readonly ExerciseProgress[]>,
  next: { chapter: string; name: string } | undefined,
  allIds: readonly string[],
  gradedAt = new Date(),
): void {
  const learner = learnerFolder();
  if (!learner || shown.size === 0) return;
  const file = readState(progressFile, isProgressFile, {});
  const chapters = { ...file[learner]?.chapters };
  for (const [id, exercises] of shown) {
    chapters[id] = {
      gradedAt: gradedAt.toISOString(),
      key: chapterKey(id, allIds),
      exercises: exercises.map(({ name, status, earned, points }) => ({ name, status, earned, points })),
    };
  }
  // Most recent last, and only a few folders (verify grades scratch folders that come and go).
  delete file[learner];
  file[learner] = { chapters: Object.fromEntries(allIds.filter((id) => chapters[id]).map((id) => [id, chapters[id]])), ...(next ? { next: { chapter: next.chapter, exercise: next.name } } : {}) };
  for (const old of Object.keys(file).slice(0, -8)) delete file[old];
  writeState(progressFile, file);
}

/** Whether chapter `id` was graded on files that have changed since (by status-cache.ts's rule). */
export function isStale(id: string, chapter: ChapterProgress, allIds: readonly string[]): boolean {
  return chapter.key !== chapterKey(id, allIds);
}
