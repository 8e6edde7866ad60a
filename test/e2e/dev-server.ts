/**
 * `vitepress dev docs` (what `npm start` runs) for the browser tests of what only dev mode has,
 * with the learner's state folder (GRADE_STATE_DIR) in a fresh temporary folder of its own and
 * the learner's own exercises/ (GRADE_LEARNER unset). Call at the top of a test file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitepressBin = join(root, 'node_modules/vitepress/bin/vitepress.js');
/**
 * The dev server bundles the config, loads every page module and compiles a page on its first
 * request: tens of seconds on a loaded two-core machine.
 */
export const DEV_SLOW = 240_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface DevServer {
  /** The learner's state folder the server reads (GRADE_STATE_DIR). */
  stateDir: string;
  /** e.g. http://localhost:41234, once the server is up (in a test or a later hook). */
  baseUrl: () => string;
}

/**
 * Starts the dev server before the file's tests (`prefix` names its state folder) and stops it
 * after them. `learnerDir` stands in for exercises/ (GRADE_LEARNER), when given.
 */
export function useDevServer(prefix: string, learnerDir?: string): DevServer {
  const stateDir = mkdtempSync(join(tmpdir(), prefix));
  let server: ChildProcess | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, GRADE_STATE_DIR: stateDir };
    if (learnerDir) env.GRADE_LEARNER = learnerDir;
    else delete env.GRADE_LEARNER;
    server = spawn(process.execPath, [vitepressBin, 'dev', 'docs', '--port', String(port), '--strictPort'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (/Local:/.test(output.replace(/\u001b\[[0-9;]*m/g, ''))) resolve();
      };
      server!.stdout!.on('data', onData);
      server!.stderr!.on('data', (chunk) => (output += chunk));
      server!.on('exit', (code) => reject(new Error(`vitepress dev exited with code ${code}:\n${output}`)));
    });
    baseUrl = `http://localhost:${port}`;
  }, DEV_SLOW);

  afterAll(() => {
    server?.kill('SIGTERM');
    rmSync(stateDir, { recursive: true, force: true });
  });

  return {
    stateDir,
    baseUrl: () => {
      if (!baseUrl) throw new Error('the dev server starts in beforeAll: use it inside a test or a hook');
      return baseUrl;
    },
  };
}
