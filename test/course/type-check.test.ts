/**
 * The type check of exercises/ runs in a process of its own and never holds the report: a run
 * shows the findings filed under the key of the files as they are, and otherwise says they are on
 * their way. (That it holds nothing is measured by `npm run bench:grading`: the full grade with and
 * without it.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

const state = mkdtempSync(join(tmpdir(), 'nnfs-type-check-'));
process.env.GRADE_STATE_DIR = state;
const { reportTypeErrors, startTypeCheck, typeCheckKey } = await import('../../scripts/lib/typecheck.mjs');
afterAll(() => rmSync(state, { recursive: true, force: true }));

function printed(run: () => unknown): { result: unknown; text: string } {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const result = run();
    return { result, text: log.mock.calls.map((c) => c.join(' ')).join('\n') };
  } finally {
    log.mockRestore();
  }
}

it("shows the findings filed under the files' key, for the chapters graded, leaving out files that could not load", () => {
  const key = typeCheckKey();
  const lines = [
    "exercises/00-getting-started.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    "exercises/01-perceptron.ts(9,1): error TS2304: Cannot find name 'wieghts'.",
  ];
  writeFileSync(join(state, 'type-check.json'), JSON.stringify({ key, lines }));
  const one = printed(() => reportTypeErrors(key, ['01-perceptron']));
  expect(one.result).toBe(true);
  expect(one.text).toContain("exercises/01-perceptron.ts(9,1): Cannot find name 'wieghts'.");
  expect(one.text).not.toContain('00-getting-started');
  const skipping = printed(() => reportTypeErrors(key, [], new Set(['00-getting-started'])));
  expect(skipping.text).not.toContain('00-getting-started');
  expect(skipping.text).toContain('01-perceptron');
});

it('says the check is on its way when nothing is filed under the key of the files as they are', () => {
  writeFileSync(join(state, 'type-check.json'), JSON.stringify({ key: 'the files as they were before an edit', lines: ['exercises/00-getting-started.ts(1,1): error TS1: old'] }));
  const { result, text } = printed(() => reportTypeErrors(typeCheckKey(), []));
  expect(result).toBe(false);
  expect(text).toContain('any type warnings show with your next npm test');
  expect(text).not.toContain('old');
});

it('files what tsc finds in exercises/ under the key of the files it checked, from a process that outlives the run', async () => {
  rmSync(join(state, 'type-check.json'), { force: true });
  const key = startTypeCheck();
  expect(key).toBe(typeCheckKey());
  const filed = await vi.waitFor(
    () => {
      const found = JSON.parse(readFileSync(join(state, 'type-check.json'), 'utf8'));
      if (found.key !== key) throw new Error('not yet');
      return found;
    },
    { timeout: 50_000, interval: 200 },
  );
  expect(Array.isArray(filed.lines)).toBe(true);
  for (const line of filed.lines) expect(line).toMatch(/^exercises\/.+\(\d+,\d+\): error TS\d+:/);
  // The same files again: nothing new is started, and the findings are shown at once.
  expect(startTypeCheck()).toBe(key);
  expect(printed(() => reportTypeErrors(key, [])).result).toBe(true);
}, 60_000);
