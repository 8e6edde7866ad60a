/**
 * One `vitepress dev docs` (what `npm start` runs) for every browser test of what only dev mode
 * has: dev-mode.test.ts starts it once and hands it to each suite (a `DevSuite`), which run one
 * after the other. Its learner is a scratch one, so a test can change what the server reads without
 * touching the real learner's files:
 * - GRADE_STATE_DIR is a fresh temporary folder (the progress file, the capstone's network);
 * - GRADE_LEARNER is a temporary copy of exercises/, whose imports of `../lib/…` point at the
 *   repository's, so that a test can put a solved, unstarted or throwing version of a chapter in it
 *   (`replaceLearnerFile`).
 * Every test starts with the state folder empty and the learner folder as exercises/ is: what a
 * test wrote in either is undone after it.
 *
 * The server loads only the pages the suites visit (SITE_ONLY_PAGES, as config.ts reads it), and
 * each chapter page as its widgets alone (SITE_WIDGETS_ONLY, widgets-only.ts): the suites test
 * what `npm start` adds to the widgets and look at nothing else on a page, a whole chapter page
 * costs the browser some five seconds of CPU per load, and without their prose the pages need
 * none of the worked-number and figure modules the config would otherwise build and run as it
 * starts. The built site's tests check every page whole.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { useBrowser } from './browser.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitepressBin = join(root, 'node_modules/vitepress/bin/vitepress.js');
/**
 * The dev server bundles the config, loads the pages' modules and compiles a page on its first
 * request: tens of seconds on a loaded two-core machine.
 */
export const DEV_SLOW = 240_000;

export interface DevServer {
  /** The learner's state folder the server reads (GRADE_STATE_DIR), empty when each test starts. */
  stateDir: string;
  /** The learner's exercises the server reads (GRADE_LEARNER): a copy of exercises/ when each test starts. */
  learnerDir: string;
  /** e.g. http://localhost:41234, once the server is up (in a test or a hook). */
  baseUrl: () => string;
  /** What the server has printed so far, its colours taken out. */
  output: () => string;
  /**
   * Puts `source` in the learner folder as `file` ("02-activation-functions.ts") until the test
   * ends. Imports of `../…` (lib/, or exercises/ as solutions/ import it) are pointed at the
   * repository, so a file of exercises/ or solutions/ can be put there as it is.
   */
  replaceLearnerFile: (file: string, source: string) => void;
}

/** The browser tests of one dev-mode feature: the pages they visit (docs/ files) and the tests, given the server. */
export interface DevSuite {
  pages: readonly string[];
  define: (dev: DevServer) => void;
}

/**
 * A suite of dev-mode.test.ts: its tests, in a block named `title`, visit `pages` on the shared dev
 * server and drive the run's Chromium (the built site may still be building: see BUILD_WAIT).
 */
export function devSuite(title: string, pages: readonly string[], tests: (dev: DevServer, browser: () => Browser) => void): DevSuite {
  return {
    pages,
    define: (dev) =>
      describe(title, () => {
        tests(dev, useBrowser({ waitForSite: false }));
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A learner file's source as it must read from outside the repository: `../x` is the repository's x. */
const fromScratch = (source: string) => source.replace(/(\bfrom\s+|\bimport\s*\(\s*)(['"])\.\.\//g, (_, before: string, quote: string) => `${before}${quote}${root}`);

/** Puts exercises/`file` in the learner folder as the learner would have it, or removes it when exercises/ has none. */
function restore(learnerDir: string, file: string): void {
  const exercise = join(root, 'exercises', file);
  if (existsSync(exercise)) writeFileSync(join(learnerDir, file), fromScratch(readFileSync(exercise, 'utf8')));
  else rmSync(join(learnerDir, file), { force: true });
}

/**
 * Starts the dev server before the file's tests, serving `pages` (docs/ files, "index.md"), and
 * stops it after them. The grader's code in this process (chapterKey, learnerFolder) sees the same
 * learner as the server: GRADE_LEARNER is set here too.
 */
export function useDevServer(pages: readonly string[]): DevServer {
  const stateDir = mkdtempSync(join(tmpdir(), 'nnfs-dev-state-'));
  const learnerDir = mkdtempSync(join(tmpdir(), 'nnfs-dev-learner-'));
  for (const file of readdirSync(join(root, 'exercises'))) restore(learnerDir, file);
  const learnerBefore = process.env.GRADE_LEARNER;
  process.env.GRADE_LEARNER = learnerDir;
  const replaced = new Set<string>();
  let server: ChildProcess | undefined;
  let baseUrl = '';
  let output = '';
  // Without its colours, which the server prints when it thinks it writes to a terminal.
  const printed = () => output.replace(/\u001b\[[0-9;]*m/g, '');

  beforeAll(async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, GRADE_STATE_DIR: stateDir, GRADE_LEARNER: learnerDir, SITE_ONLY_PAGES: [...new Set(pages)].join(','), SITE_WIDGETS_ONLY: '1' };
    server = spawn(process.execPath, [vitepressBin, 'dev', 'docs', '--port', String(port), '--strictPort'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (/Local:/.test(printed())) resolve();
      };
      server!.stdout!.on('data', onData);
      server!.stderr!.on('data', (chunk) => (output += chunk));
      server!.on('exit', (code) => reject(new Error(`vitepress dev exited with code ${code}:\n${output}`)));
    });
    baseUrl = `http://localhost:${port}`;
  }, DEV_SLOW);

  afterEach(() => {
    for (const file of readdirSync(stateDir)) rmSync(join(stateDir, file), { recursive: true, force: true });
    for (const file of replaced) restore(learnerDir, file);
    replaced.clear();
  });

  afterAll(() => {
    if (learnerBefore === undefined) delete process.env.GRADE_LEARNER;
    else process.env.GRADE_LEARNER = learnerBefore;
    server?.kill('SIGTERM');
    rmSync(stateDir, { recursive: true, force: true });
    rmSync(learnerDir, { recursive: true, force: true });
  });

  return {
    stateDir,
    learnerDir,
    baseUrl: () => {
      if (!baseUrl) throw new Error('the dev server starts in beforeAll: use it inside a test or a hook');
      return baseUrl;
    },
    output: printed,
    replaceLearnerFile: (file, source) => {
      replaced.add(file);
      writeFileSync(join(learnerDir, file), fromScratch(source));
    },
  };
}
