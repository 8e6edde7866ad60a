/**
 * Builds the site once (`vitepress build docs`, the command `npm run docs:build` runs), serves the
 * result, and starts one Chromium for the whole run: every test file connects to it instead of
 * starting its own (a cold start costs seconds on two cores, and thirteen files paid it).
 * Set E2E_SKIP_BUILD=1 to test an existing build while iterating on the tests themselves.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

function buildSite(): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [vitepressBin, 'build', 'docs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`e2e: built the site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else {
        reject(new Error(`vitepress build docs failed with exit code ${code}:\n${output}`));
      }
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Chromium starts while the site builds: neither needs the other yet.
  const [launched, built] = await Promise.allSettled([launchBrowserServer(), process.env.E2E_SKIP_BUILD ? undefined : buildSite()]);
  if (launched.status === 'rejected' || built.status === 'rejected') {
    if (launched.status === 'fulfilled') await launched.value.close();
    throw launched.status === 'rejected' ? launched.reason : (built as PromiseRejectedResult).reason;
  }
  const browserServer = launched.value;
  const server = await startStaticServer(fileURLToPath(new URL('../../docs/.vitepress/dist', import.meta.url)));
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
