/**
 * "Use my code" in `npm start` (DESIGN §6): a widget can run the learner's own exercises instead of
 * lib/. `virtual:nnfs/learner-code` tells the widgets' worker (theme/learner-code/) where each
 * chapter's learner file is and what the last grade said of each exercise; the worker imports the
 * files itself, so nothing the learner wrote runs on the page's own thread.
 *
 * When a learner file or the progress file changes, the module is rebuilt and the page is sent
 * `nnfs:learner-code`: the widgets start a new worker, which imports the files afresh, and run
 * again. Vite's own hot update of a learner file is dropped: the file is only imported by the
 * worker, so Vite would find no module to swap and reload the whole page, losing the widget's state.
 * The built site has no learner, so there is no module and no toggle.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { chapterId, chapters } from '../../../course.ts';
import { learnerFile, repoRoot } from '../../../test/grader/learner.ts';
import { isStale, progressFile, readProgress } from '../../../test/grader/progress.ts';
import { learnerFolder } from '../../../test/grader/status-cache.ts';
import type { Status } from '../../../test/grader/status.ts';

const VIRTUAL_ID = 'virtual:nnfs/learner-code';

const RESOLVED_ID = `\0${VIRTUAL_ID}`;
export const LEARNER_CODE_EVENT = 'nnfs:learner-code';
const SETTLE_MS = 100;

export interface ChapterGrade {
  /** The learner's file of this chapter or an earlier one changed since the grade. */
  stale: boolean;
  /** By exercise name, the status the last grade gave it. */
  statuses: Record<string, Status>;
}

/** What the worker needs to know, as the virtual module's source. */
export function learnerCodeModule(): string {
  const ids = chapters.map(chapterId);
  const progress = readProgress();
  const loaders: string[] = [];
  const grades: Record<string, ChapterGrade> = {};
  for (const id of ids) {
    const file = learnerFile(id);
    if (existsSync(file)) {
      // No timestamp query: Vite would key the module by it here and without it when the worker
      // asks, and refuse the request. A new worker fetches afresh anyway (the dev server answers
      // "no-cache" and recompiles a saved file).
      const url = `/@fs${file.split(sep).join('/')}`;
      loaders.push(`  ${JSON.stringify(id)}: () => import(/* @vite-ignore */ ${JSON.stringify(url)}),`);
    }
    const graded = progress.chapters[id];
    if (graded) {
      grades[id] = {
        stale: isStale(id, graded, ids),
        statuses: Object.fromEntries(graded.exercises.map((e) => [e.name, e.status])),
      };
    }
  }
  return [
    `export const files = {\n${loaders.join('\n')}\n};`,
    `export const grades = ${JSON.stringify(grades)};`,
    `export const folder = ${JSON.stringify(learnerFolder() ?? 'exercises')};`,
    '',
  ].join('\n');
}

export function learnerCode(): Plugin {
  const folder = learnerFolder();
  const learnerDir = folder ? resolve(repoRoot, folder) : undefined;
  const isLearnerFile = (file: string) => !!learnerDir && file.startsWith(`${learnerDir}${sep}`);
  return {
    name: 'nnfs:learner-code',
    apply: 'serve',
    // A scratch learner folder outside the repository (the browser tests use one) must be servable.
    config: () =>
      learnerDir && relative(repoRoot, learnerDir).startsWith('..') ? { server: { fs: { allow: [repoRoot, learnerDir] } } } : undefined,
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? learnerCodeModule() : undefined),
    handleHotUpdate: (context) => (isLearnerFile(context.file) ? [] : undefined),
    configureServer(server) {
      server.watcher.add([dirname(progressFile), ...(learnerDir ? [learnerDir] : [])]);
      let pending: ReturnType<typeof setTimeout> | undefined;
      const update = (changed: string) => {
        if (changed !== progressFile && !isLearnerFile(changed)) return;
        // An editor saves a file in steps (truncate, write): tell the page once it has settled.
        clearTimeout(pending);
        pending = setTimeout(() => {
          const module = server.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) server.moduleGraph.invalidateModule(module);
          server.ws.send({ type: 'custom', event: LEARNER_CODE_EVENT });
        }, SETTLE_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, update);
    },
  };
}
