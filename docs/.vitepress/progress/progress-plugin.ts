/**
 * The learner's progress in `npm start` (vitepress dev only: the built site has no learner, so no
 * marks and no module). `virtual:nnfs/progress` exports the chapter marks (chapter-marks.ts) as
 * they are when the page loads; when a grade rewrites the progress file, or a learner file changes
 * (which makes a grade stale), the page is sent the new marks (the event nnfs:progress) and
 * updates them without a reload. theme/progress/ shows them.
 */
import { dirname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { repoRoot } from '../../../test/grader/learner.ts';
import { progressFile } from '../../../test/grader/progress.ts';
import { learnerFolder } from '../../../test/grader/status-cache.ts';
import { chapterMarks } from './chapter-marks.ts';

const VIRTUAL_ID = 'virtual:nnfs/progress';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
export const PROGRESS_EVENT = 'nnfs:progress';
const SETTLE_MS = 100;

/** The virtual module's source: the marks as they are now. */
export function progressModule(): string {
  return `export const marks = ${JSON.stringify(chapterMarks())};\n`;
}

export function chapterProgress(): Plugin {
  return {
    name: 'nnfs:progress',
    apply: 'serve',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? progressModule() : undefined),
    configureServer(server) {
      const folder = learnerFolder();
      const learnerDir = folder && resolve(repoRoot, folder);
      server.watcher.add([dirname(progressFile), ...(learnerDir ? [learnerDir] : [])]);
      let sent = JSON.stringify(chapterMarks());
      let pending: ReturnType<typeof setTimeout> | undefined;
      const update = (changed: string) => {
        if (changed !== progressFile && !(learnerDir && changed.startsWith(`${learnerDir}${sep}`))) return;
        // An editor saves a file in steps (truncate, write): read once it has settled.
        clearTimeout(pending);
        pending = setTimeout(send, SETTLE_MS);
      };
      const send = () => {
        const marks = chapterMarks();
        if (JSON.stringify(marks) === sent) return;
        sent = JSON.stringify(marks);
        // A page loaded from now on imports the module afresh; an open one is sent the marks.
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'custom', event: PROGRESS_EVENT, data: marks });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, update);
    },
  };
}
