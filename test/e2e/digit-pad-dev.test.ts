/**
 * "Your network" in `npm start`: the digit pad served by `vitepress dev docs`, with the learner's
 * state folder (GRADE_STATE_DIR) in a fresh temporary folder. Before the capstone has saved a
 * network, the pad says how to get one; once digits-network.json appears there (as the capstone's
 * grade writes it), the pad offers "yours" beside the reference without a reload, and answers
 * with it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { referenceRun } from '../../docs/.vitepress/digits/reference-run.ts';
import { useBrowser } from './browser.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitepressBin = join(root, 'node_modules/vitepress/bin/vitepress.js');
// The dev server bundles the config, loads every page module and compiles the page on first
// request: tens of seconds on a loaded two-core machine.
const SLOW = 240_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const browser = useBrowser();
const stateDir = mkdtempSync(join(tmpdir(), 'nnfs-digit-pad-dev-'));
let server: ChildProcess | undefined;
let baseUrl = '';

beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, [vitepressBin, 'dev', 'docs', '--port', String(port), '--strictPort'], {
    cwd: root,
    env: { ...process.env, GRADE_STATE_DIR: stateDir },
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
}, SLOW);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(stateDir, { recursive: true, force: true });
});

async function openChapter(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${baseUrl}/10-digits`, { timeout: SLOW });
  const pad = page.locator('[data-testid="digit-pad"]');
  await pad.waitFor({ timeout: SLOW });
  await pad.scrollIntoViewIfNeeded(); // the networks load when the pad nears the screen
  await page.locator('[data-testid="digit-pad"][data-loaded]').waitFor({ timeout: SLOW });
  return { page, errors };
}

test('offers "your network" as soon as the capstone saves it, says how to get it before, and answers with it', async () => {
  const { page, errors } = await openChapter();
  const pad = page.locator('[data-testid="digit-pad"]');
  try {
    const missing = pad.locator('[data-testid="dp-yours-missing"]');
    await expect.poll(() => missing.innerText()).toContain('npm test -- 10');
    expect(await pad.locator('[data-testid="dp-yours"]').count()).toBe(0);

    // The capstone's grade writes the learner's network; here, the reference network's file.
    const network = { ...referenceRun(root).network, savedAt: new Date().toISOString() };
    writeFileSync(join(stateDir, 'digits-network.json'), JSON.stringify(network));
    const yours = pad.locator('[data-testid="dp-yours"]');
    await yours.waitFor({ timeout: 60_000 });
    expect(await pad.locator('[data-testid="dp-yours-missing"]').count()).toBe(0);

    await yours.check();
    await pad.locator('[data-testid="dp-pick"]').selectOption({ index: 1 });
    await expect.poll(() => pad.locator('[data-testid="dp-status"]').innerText()).toMatch(/Your network reads it as \d, with probability/);
    expect(await pad.locator('[data-testid="dp-bars"] tbody tr.dp-top').count()).toBe(1);
    expect(errors).toEqual([]);
  } finally {
    await page.context().close();
  }
}, SLOW);
