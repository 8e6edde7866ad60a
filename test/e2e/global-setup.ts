/**
 * Builds the site once (`vitepress build docs`, the command `npm run docs:build` runs), serves the
 * result, and starts one Chromium for the whole run: every test file connects to it instead of
 * starting its own (a cold start costs seconds on two cores, and thirteen files paid it).
 * The tests start while the site builds: the build keeps one core busy, and the files that do not
 * need it (the dev server's, dev-mode.test.ts, which the sequencer starts first) use the other; a
 * file that needs the site waits for it (siteBuilt in browser.ts), and fails with the build's
 * error if it failed.
 * Set E2E_SKIP_BUILD=1 to test an existing build while iterating on the tests themselves.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { startStaticServer } from './static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitepressBin = fileURLToPath(new URL('../../node_modules/vitepress/bin/vitepress.js', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** The shared Chromium's WebSocket endpoint, for playwright's chromium.connect. */
    browserEndpoint: string;
  }
}

interface Build {
  /** Resolves when the site is built (or the build was stopped), rejects with its output if it failed. */
  done: Promise<void>;
  /** Stops the build if it still runs: the run ended without a test that needed the site. */
  stop: () => void;
}

function buildSite(): Build {
  const started = Date.now();
  const child = spawn(process.execPath, [vitepressBin, 'build', 'docs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stopped = false;
  const done = new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`e2e: built the site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else if (stopped) {
        resolve();
      } else {
        reject(new Error(`vitepress build docs failed with exit code ${code}:\n${output}`));
      }
    });
  });
  return {
    done,
    stop: () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopped = true;
      child.kill('SIGTERM');
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build: Build = process.env.E2E_SKIP_BUILD ? { done: Promise.resolve(), stop: () => {} } : buildSite();
  // A failed build is reported by the tests that wait for the site (siteBuilt), and by the teardown.
  build.done.catch(() => {});
  let browserServer: BrowserServer;
  try {
    browserServer = await launchBrowserServer();
  } catch (error) {
    build.stop();
    throw error;
  }
  const server = await startStaticServer(fileURLToPath(new URL('../../docs/.vitepress/dist', import.meta.url)), build.done);
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    build.stop();
    await browserServer.close();
    await server.close();
    await build.done;
  };
}
