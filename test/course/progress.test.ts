/**
 * The learner's progress (test/grader/progress.ts), which `npm start` shows beside each chapter:
 * a real grade writes it in the state folder (GRADE_STATE_DIR), a grade of another chapter keeps
 * the first one's, and a broken file costs one warning line and is written afresh. The site's
 * side, the loader behind `virtual:nnfs/progress`, reads what the grade wrote: ✓ or points, the
 * report's next chapter, and a grade made before a learner file changed as stale.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chapterId, chapters } from '../../course.ts';
import { repoRoot } from '../grader/learner.ts';
import { scratchFolders } from './scratch-folders.ts';

const scratch = scratchFolders('nnfs-progress-');
// A learner folder of its own (chapter 0 solved, chapter 1 a stub), so a test can change a file in it.
const learner = scratch();
const state = scratch();
copyFileSync(join(repoRoot, 'solutions/00-getting-started.ts'), join(learner, '00-getting-started.ts'));
// The stub imports the NotImplemented marker from ../lib, which is the repository's.
const stub = readFileSync(join(repoRoot, 'exercises/01-perceptron.ts'), 'utf8');
writeFileSync(join(learner, '01-perceptron.ts'), stub.replace("from '../lib/", `from '${join(repoRoot, 'lib')}/`));

const perceptron = chapters.find((c) => chapterId(c) === '01-perceptron')!;
const perceptronTotal = perceptron.exercises.reduce((s, e) => s + e.points, 0);

function grade(stateDir: string, chapter: string) {
  const result = spawnSync(process.execPath, ['scripts/grade.mjs', chapter], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GRADE_STATE_DIR: stateDir, GRADE_LEARNER: learner, GRADE_TYPECHECK: '0', GRADE_SEED: '1', NO_COLOR: '1' },
    timeout: 50_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  return { code: result.status, stdout: result.stdout, output, warnings: output.split('\n').filter((line) => line.startsWith('Warning: ')) };
}

interface SavedChapter {
  gradedAt: string;
  key: string;
  exercises: { name: string; status: string; earned: number; points: number }[];
}
interface Saved {
  chapters: Record<string, SavedChapter>;
  next?: { chapter: string; exercise: string };
}

/** What the progress file holds for this test's learner folder. */
const saved = (stateDir: string): Saved => (JSON.parse(readFileSync(join(stateDir, 'progress.json'), 'utf8')) as Record<string, Saved>)[learner];

describe('a grade', () => {
  let first: SavedChapter;
  let second: ReturnType<typeof grade>;

  beforeAll(() => {
    const r = grade(state, '00');
    expect(r.code, r.output).toBe(0);
    first = saved(state).chapters['00-getting-started'];
    second = grade(state, '01');
  });

  it('writes each exercise of the chapter it graded, with its status and points, and when', () => {
    expect(first.exercises).toEqual([
      { name: 'dot', status: 'passed', earned: 1, points: 1 },
      { name: 'mean', status: 'passed', earned: 1, points: 1 },
    ]);
    expect(Date.now() - Date.parse(first.gradedAt)).toBeLessThan(5 * 60_000);
  });

  it('of another chapter keeps the first one as it was, and adds its own', () => {
    const progress = saved(state);
    expect(Object.keys(progress.chapters)).toEqual(['00-getting-started', '01-perceptron']);
    expect(progress.chapters['00-getting-started']).toEqual(first);
    expect(progress.chapters['01-perceptron'].exercises.map((e) => [e.name, e.status, e.earned])).toEqual(perceptron.exercises.map((e) => [e.name, 'not started', 0]));
  });

  it('writes each status and points as the report shows them', () => {
    for (const e of saved(state).chapters['01-perceptron'].exercises) {
      expect(second.stdout).toMatch(new RegExp(`^  \\S ${e.name} +${e.status} +${e.earned}/${e.points}$`, 'm'));
    }
  });

  it("keeps the report's next exercise", () => {
    const next = perceptron.exercises[0].name;
    expect(second.stdout).toContain(`Next   ${next} in exercises/01-perceptron.ts`);
    expect(saved(state).next).toEqual({ chapter: '01-perceptron', exercise: next });
  });

  describe("the site's loader (virtual:nnfs/progress)", () => {
    let progressModule: () => string;
    const marks = () => JSON.parse(/^export const marks = (.*);$/m.exec(progressModule())![1]) as Record<string, { passed: boolean; earned: number; points: number; stale: boolean; next: boolean; gradedAt: string }>;

    beforeAll(async () => {
      // The dev server's settings: the state folder is fixed when state-files.ts loads.
      process.env.GRADE_STATE_DIR = state;
      process.env.GRADE_LEARNER = learner;
      ({ progressModule } = await import('../../docs/.vitepress/progress/progress-plugin.ts'));
    });

    it('marks a chapter whose exercises all pass as passed, another with its points, the next one, and none never graded', () => {
      expect(marks()).toEqual({
        '00-getting-started': { passed: true, earned: 2, points: 2, stale: false, next: false, gradedAt: first.gradedAt },
        '01-perceptron': { passed: false, earned: 0, points: perceptronTotal, stale: false, next: true, gradedAt: saved(state).chapters['01-perceptron'].gradedAt },
      });
    });

    it("marks a grade stale once the chapter's learner file changes, and every later chapter's (they may import it)", () => {
      appendFileSync(join(learner, '01-perceptron.ts'), '\n// started\n');
      expect([marks()['00-getting-started'].stale, marks()['01-perceptron'].stale]).toEqual([false, true]);
      appendFileSync(join(learner, '00-getting-started.ts'), '\n// edited\n');
      expect([marks()['00-getting-started'].stale, marks()['01-perceptron'].stale]).toEqual([true, true]);
    });

    it('has no marks when there is no progress file', () => {
      rmSync(join(state, 'progress.json'));
      expect(marks()).toEqual({});
    });
  });
});

describe('a progress file that is broken', () => {
  const cases: [string, (file: string) => void][] = [
    ['truncated', (file) => writeFileSync(file, `{"${learner}": {"chapters": {"01-perceptron": {"gradedAt": "`)],
    ['null', (file) => writeFileSync(file, 'null\n')],
    ['a folder', (file) => mkdirSync(file)],
  ];

  it.each(cases)('(%s) costs one warning line and no trace; the grade is as always, and the file is written afresh', (kind, breakFile) => {
    const dir = scratch();
    breakFile(join(dir, 'progress.json'));
    const r = grade(dir, '00');
    expect(r.output).not.toMatch(/^\s+at |❯|Unhandled|Error:/m);
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('2/2 exercises passed');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('progress.json');
    if (kind !== 'a folder') expect(Object.keys(saved(dir).chapters)).toEqual(['00-getting-started']);
  });
});
