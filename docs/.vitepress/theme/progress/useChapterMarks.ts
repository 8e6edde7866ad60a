/**
 * The chapter marks of `npm start` (../../progress/): loaded once for the whole page from
 * `virtual:nnfs/progress`, then replaced whenever the dev server sends new ones (a grade rewrote
 * the progress file). In the built site there is no learner: no marks, and `import.meta.env.DEV`
 * being false leaves the module and the listener out of the bundle.
 */
import { shallowRef, type ShallowRef } from 'vue';
import type { ChapterMarks } from '../../progress/chapter-marks.ts';

const marks = shallowRef<ChapterMarks>({});
let started = false;

export function useChapterMarks(): Readonly<ShallowRef<ChapterMarks>> {
  if (import.meta.env.DEV && !import.meta.env.SSR && !started) {
    started = true;
    import.meta.hot?.on('nnfs:progress', (latest: ChapterMarks) => (marks.value = latest));
    void import('virtual:nnfs/progress').then((module) => (marks.value = module.marks));
  }
  return marks;
}
