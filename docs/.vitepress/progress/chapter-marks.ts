/**
 * What the site marks beside each chapter in `npm start`, from the learner's progress file
 * (test/grader/progress.ts, which every grade writes): ✓ when every exercise passes, otherwise
 * the points earned out of the chapter's total; nothing for a chapter never graded. A grade made
 * before the files it was graded on changed is still shown, but as stale.
 */
import { chapterId, chapters } from '../../../course.ts';
import { isStale, readProgress } from '../../../test/grader/progress.ts';

export interface ChapterMark {
  /** Every exercise passed. */
  passed: boolean;
  earned: number;
  points: number;
  /** The grader or the learner's file of this chapter or an earlier one changed since. */
  stale: boolean;
  /** The chapter of the exercise the latest report said to do next. */
  next: boolean;
  /** When the chapter was graded (ISO 8601). */
  gradedAt: string;
}

/** By chapter id, the chapters graded so far. */
export type ChapterMarks = Record<string, ChapterMark>;

/** The marks as the progress file and the learner's files are now. */
export function chapterMarks(): ChapterMarks {
  const progress = readProgress();
  const ids = chapters.map(chapterId);
  const marks: ChapterMarks = {};
  for (const id of ids) {
    const chapter = progress.chapters[id];
    if (!chapter) continue;
    marks[id] = {
      passed: chapter.exercises.every((e) => e.status === 'passed'),
      earned: chapter.exercises.reduce((sum, e) => sum + e.earned, 0),
      points: chapter.exercises.reduce((sum, e) => sum + e.points, 0),
      stale: isStale(id, chapter, ids),
      next: progress.next?.chapter === id,
      gradedAt: chapter.gradedAt,
    };
  }
  return marks;
}
