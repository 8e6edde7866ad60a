/**
 * `npm run reset -- <chapter>…`: put chapters' exercise files back to their original stubs.
 * Your current file is copied to exercises-backup/ first, so nothing you wrote is ever lost.
 * Given several chapters, it resets them all or, when one cannot be reset, none.
 *
 * The original stub comes from git history: the newest committed version of the file in which
 * every exercise of the chapter still throws its NotImplemented marker (so your own commits of
 * finished work are skipped, and a stub the course fixed later is preferred over an older one).
 * Works in the folder it is run from, so it also resets a copy of the course.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterId, chapters, findChapter, type Chapter } from '../course.ts';

function fail(message: string): never {
  console.error(`npm run reset: ${message}`);
  process.exit(2);
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function isUntouchedStub(text: string, chapter: Chapter): boolean {
  return chapter.exercises.every((e) => text.includes(`throw new NotImplemented('${e.name}')`));
}

/** The newest committed version of `path` that is still the untouched stub, or undefined. */
function originalStub(root: string, path: string, chapter: Chapter): string | undefined {
  let commits: string[];
  try {
    commits = git(root, ['log', '--format=%H', '--', path]).split('\n').filter(Boolean);
  } catch {
    return undefined; // not a git checkout, or git is missing
  }
  for (const commit of commits) {
    const text = git(root, ['show', `${commit}:${path}`]);
    if (isUntouchedStub(text, chapter)) return text;
  }
  return undefined;
}

const queries = process.argv.slice(2);
const ids = chapters.map(chapterId).join(', ');
if (queries.length === 0) fail(`name the chapter to reset, e.g. npm run reset -- 01 (chapters: ${ids})`);
const root = process.cwd();
// Every chapter is checked before any file is touched.
const resets = queries.map((query) => {
  const chapter = findChapter(query) ?? fail(`no chapter matches "${query}"; expected one of: ${ids}; nothing was changed`);
  const path = `exercises/${chapterId(chapter)}.ts`;
  const stub = originalStub(root, path, chapter) ?? fail(`could not find the original ${path} in this folder's git history; nothing was changed`);
  return { chapter, path, stub };
});

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
for (const { chapter, path, stub } of resets) {
  const file = join(root, path);
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') === stub) {
      console.log(`${path} is already the original stub; nothing to do.`);
      continue;
    }
    const backup = join('exercises-backup', `${chapterId(chapter)}.${stamp}.ts`);
    mkdirSync(join(root, 'exercises-backup'), { recursive: true });
    copyFileSync(file, join(root, backup));
    console.log(`Your version is saved as ${backup}.`);
  }
  writeFileSync(file, stub);
  console.log(`${path} is back to its original stub. Grade it with npm test -- ${String(chapter.number).padStart(2, '0')}.`);
}
