/**
 * `npm run new-chapter`, run on a scratch copy of the course (the files of this working tree that
 * git tracks or would track, with node_modules linked entry by entry so that caches stay apart).
 * The scaffold of the next chapter must be complete and consistent at once: its files and manifest
 * entry are there, the grader reports the stub as "not started" (and npm test exits non-zero),
 * passes the solution, and catches the mutant with its message; the new files type-check, the
 * manifest checks pass, and the site builds with the page in the sidebar (unless
 * VERIFY_SKIP_SITE is set). Every refusal exits with code 2, says what was expected and what
 * came, and leaves the tree byte for byte as it was.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterId, chapters } from '../../course.ts';
import type { ExerciseResult } from '../grader/reporter.ts';
import { repoRoot } from '../grader/learner.ts';

// The course as it is: the scaffold is the chapter after the last one, whichever that is.
const last = chapters.at(-1)!;
const next = last.number + 1;
const NN = String(next).padStart(2, '0');
const pad = (n: number) => String(n).padStart(2, '0');
const id = `${NN}-new-chapter-check`;
const title = 'New chapter check';
const taken = chapters.flatMap((c) => c.exercises.map((e) => e.name)).includes('addVectors');
const exercise = taken ? `addVectors${NN}` : 'addVectors';
const seed = process.env.GRADE_SEED ?? String(1 + Math.floor(Math.random() * 999_999));
let scratch: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a command run in the scratch copy: none of this vitest's own variables. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|GRADE_|VERIFY_)/.test(key) && key !== 'NODE_ENV' && key !== 'TEST'));
  return { ...env, NO_COLOR: '1', ...extra };
}

function run(command: string, args: string[], extra: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: scratch, env: cleanEnv(extra), stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const bin = (name: string) => join(scratch, 'node_modules', '.bin', name);
/**
 * scripts/new-chapter.ts as one JavaScript file, built before the scaffold with the course.ts it
 * would load then: each refusal starts node alone rather than tsx's loader (0.4 s of CPU apiece,
 * sixteen times). The scaffold changes course.ts, so from then on the script runs from its source.
 */
let bundled: string | undefined;
const newChapter = (...args: string[]) =>
  run(process.execPath, bundled ? [bundled, ...args] : ['--import', 'tsx', 'scripts/new-chapter.ts', ...args]);

/** Every file of the scratch copy but node_modules, with a hash of its bytes. */
function snapshot(dir = scratch, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (path === 'node_modules') continue;
    if (entry.isDirectory()) Object.assign(files, snapshot(join(dir, entry.name), `${path}/`));
    else files[path] = createHash('sha1').update(readFileSync(join(dir, entry.name))).digest('hex');
  }
  return files;
}

/** Grades the new chapter in the scratch copy and returns the exit code and the exercise's result. */
async function grade(learner?: string): Promise<{ run: Run; result: ExerciseResult | undefined }> {
  const jsonFile = join(scratch, `.grade-${learner?.replace(/\W/g, '-') ?? 'exercises'}.json`);
  const env: Record<string, string> = { GRADE_SEED: seed };
  if (learner) env.GRADE_LEARNER = learner;
  const graded = await run(process.execPath, ['scripts/grade.mjs', NN, '--format', 'json', '--out', jsonFile], env);
  const results: ExerciseResult[] = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')).exercises : [];
  rmSync(jsonFile, { force: true });
  return { run: graded, result: results.find((r) => r.name === exercise) };
}

const why = (r: Run) => `exit code ${r.code}, seed ${seed}\n${r.stdout}\n${r.stderr}`.slice(-3000);

/**
 * The course's files: those git tracks or would track. Outside a git checkout (a copy of the
 * course, say), every file but node_modules and what .gitignore names.
 */
function courseFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      // node_modules may be a symlink (a worktree sharing its packages), which .gitignore's
      // "node_modules/" (a directory rule) does not cover; the scratch copy links its own.
      .filter((f) => f && f !== 'node_modules' && existsSync(join(repoRoot, f)));
  } catch {
    const ignored = readFileSync(join(repoRoot, '.gitignore'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
    const isIgnored = (path: string) =>
      path === '.git' || ignored.some((rule) => (rule.startsWith('*') ? path.endsWith(rule.slice(1)) : path === rule.replace(/\/$/, '')));
    const walk = (dir: string): string[] =>
      readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (isIgnored(path)) return [];
        return entry.isDirectory() ? walk(path) : [path];
      });
    return walk('');
  }
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'nnfs-new-chapter-'));
  for (const file of courseFiles()) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    copyFileSync(join(repoRoot, file), join(scratch, file));
  }
  mkdirSync(join(scratch, 'node_modules'));
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    // Packages and .bin are shared; caches (.cache, .vite…) stay the scratch copy's own.
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(join(repoRoot, 'node_modules', entry), join(scratch, 'node_modules', entry));
  }
  // Except the site's trained experiments (chapter 10's reference network, the pages' digit runs):
  // each is a file named by the hash of what it was computed from, so sharing them changes no
  // result, and the scratch build does not train for seconds what the course's build already has
  // (or, on a clean clone, waits for the one that is training it: experiment-cache.ts).
  mkdirSync(join(scratch, 'node_modules', '.cache'));
  const shared = join(repoRoot, 'node_modules', '.cache', 'nnfs-pages');
  mkdirSync(shared, { recursive: true });
  symlinkSync(shared, join(scratch, 'node_modules', '.cache', 'nnfs-pages'));
  // Under node_modules, which the snapshots of the tree leave out.
  bundled = join(scratch, 'node_modules', '.cache', 'new-chapter.mjs');
  const script = join(scratch, 'scripts', 'new-chapter.ts');
  // The script finds the course from its own URL: the bundle is given the source's.
  await build({ entryPoints: [script], outfile: bundled, bundle: true, platform: 'node', format: 'esm', define: { 'import.meta.url': JSON.stringify(pathToFileURL(script).href) }, logLevel: 'silent' });
}, 60_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs new-chapter with `args` and expects a refusal that mentions `message` and changes nothing. */
async function expectRefusal(args: string[], message: string) {
  const before = snapshot();
  const refused = await newChapter(...args);
  expect(refused.code, `new-chapter ${JSON.stringify(args)}: ${why(refused)}`).toBe(2);
  expect(refused.stderr).toContain(message);
  expect(refused.stderr).toContain('Nothing was changed.');
  expect(refused.stderr).toContain('usage: npm run new-chapter -- <NN> <slug> "<Title>"');
  expect(snapshot(), `new-chapter ${JSON.stringify(args)} changed the tree`).toEqual(before);
}

describe('npm run new-chapter refuses, changing nothing (exit code 2)', () => {
  const theNext = `the next chapter is number ${NN}`;
  const cases: [string, string[], string][] = [
    ['no arguments', [], 'expected three arguments, the chapter number, its slug and its title; got none'],
    ['a missing title', [NN, 'fresh-topic'], `expected three arguments, the chapter number, its slug and its title; got 2: "${NN}" "fresh-topic"`],
    ['a title without quotes', [NN, 'fresh-topic', 'Fresh', 'topic'], '(a title of several words goes in quotes); got 4'],
    ['an empty title', [NN, 'fresh-topic', '  '], 'the title is empty'],
    ['a number that is not whole', ['2.5', 'fresh-topic', 'Fresh topic'], `the chapter number must be a whole number such as ${NN}; got "2.5"`],
    ['a number that is a word', ['two', 'fresh-topic', 'Fresh topic'], 'got "two"'],
    ['a number that exists', [pad(last.number), 'fresh-topic', 'Fresh topic'], `chapter ${last.number} already exists: ${chapterId(last)} "${last.title}" in course.ts; ${theNext}`],
    ['a number that leaves a gap', [pad(next + 1), 'fresh-topic', 'Fresh topic'], `chapter ${next + 1} would leave a gap: ${theNext}, one more than the last one (${chapterId(last)})`],
    ['a slug that exists', [NN, 'perceptron', 'Perceptrons again'], 'the slug "perceptron" is already chapter 01-perceptron in course.ts'],
    ['a slug with capitals and underscores', [NN, 'Fresh_Topic', 'Fresh topic'], 'the slug must be kebab-case'],
    ['a slug with a double hyphen', [NN, 'fresh--topic', 'Fresh topic'], 'got "fresh--topic"'],
    ['a slug that starts with a digit', [NN, '2-layers', 'Two layers'], 'got "2-layers"'],
  ];

  // A refusal changes nothing, so the cases can run side by side.
  it.concurrent.each(cases)('for %s', async (_, args, message) => {
    await expectRefusal(args, message);
  });
});

describe('npm run new-chapter refuses a number or slug already used by a file', () => {
  it('when a file of the chapter is already there, though the manifest does not list it', async () => {
    const leftover = `solutions/${NN}-leftover.ts`;
    const orphan = `test/mutants/${pad(next + 5)}-orphan`;
    writeFileSync(join(scratch, leftover), 'export {};\n');
    mkdirSync(join(scratch, orphan));
    writeFileSync(join(scratch, orphan, 'a.ts'), 'export {};\n');
    try {
      await expectRefusal([NN, 'fresh', 'Fresh'], `chapter number ${next} is already used by ${leftover}, which course.ts does not list`);
      await expectRefusal([NN, 'orphan', 'Orphan'], `the slug "orphan" is already used by ${orphan}`);
    } finally {
      rmSync(join(scratch, leftover));
      rmSync(join(scratch, orphan), { recursive: true });
    }
  });
});

describe(`npm run new-chapter -- ${NN} new-chapter-check "${title}"`, () => {
  beforeAll(async () => {
    bundled = undefined;
    const made = await run('npm', ['run', '--silent', 'new-chapter', '--', NN, 'new-chapter-check', title]);
    expect(made.code, why(made)).toBe(0);
  }, 60_000);

  it('creates the page, worked numbers, figures, stub, solution, grader and mutant', () => {
    for (const path of [
      `docs/${id}.md`,
      `docs/worked/${id}.ts`,
      `docs/figures/${id}.ts`,
      `exercises/${id}.ts`,
      `solutions/${id}.ts`,
      `test/${id}.test.ts`,
      `test/mutants/${id}/${exercise}-one-sided-length-check.ts`,
    ]) {
      expect(existsSync(join(scratch, path)), path).toBe(true);
    }
    const page = readFileSync(join(scratch, `docs/${id}.md`), 'utf8');
    expect(page).toMatch(new RegExp(`^# ${title}\n`));
    for (const section of ['idea', 'math', 'worked-example', 'try-it', 'summary', 'exercises']) expect(page).toContain(`{#${section}}`);
    expect(page).toMatch(/@\{\w+\}/);
    expect(page).toMatch(/^@figure\{example\}$/m);
    expect(page).toContain(`<Exercise name="${exercise}" />`);
    expect(readFileSync(join(scratch, `exercises/${id}.ts`), 'utf8')).toContain(`throw new NotImplemented('${exercise}')`);
  });

  it('appends the chapter to the manifest, with its exercise, points, graded and escalating hints', async () => {
    const scaffolded: typeof chapters = (await import(join(scratch, 'course.ts'))).chapters;
    expect(scaffolded.slice(0, -1)).toEqual(chapters);
    const chapter = scaffolded.at(-1)!;
    expect(chapter).toMatchObject({ number: next, slug: 'new-chapter-check', title });
    expect(chapter.exercises).toHaveLength(1);
    const [example] = chapter.exercises;
    expect(example.name).toBe(exercise);
    expect(example.points).toBeGreaterThan(0);
    expect(example.graded).not.toBe('');
    expect(example.hints.length).toBeGreaterThanOrEqual(3);
    expect(example.hints.at(-1)).toMatch(/^Near the answer/);
  });

  it('the stub is "not started", every check failing, and npm test exits non-zero', async () => {
    const { run: graded, result } = await grade();
    expect(graded.code, why(graded)).not.toBe(0);
    expect(result?.status, why(graded)).toBe('not started');
    expect(result!.checks.length).toBeGreaterThanOrEqual(5);
    expect(result!.checks.filter((c) => c.state === 'passed')).toEqual([]);
  });

  it('the solution passes every check', async () => {
    const { run: graded, result } = await grade('solutions');
    expect(graded.code, why(graded)).toBe(0);
    expect(result?.status, why(graded)).toBe('passed');
    expect(result!.checks.every((c) => c.state === 'passed')).toBe(true);
  });

  it('the mutant is registered and caught with its message', async () => {
    const { mutants } = await import(join(scratch, 'test/mutants/index.ts'));
    const mutant = mutants.find((m: { chapter: string }) => m.chapter === id);
    expect(mutant).toMatchObject({ file: `${id}/${exercise}-one-sided-length-check.ts`, exercise });
    const { run: graded, result } = await grade(`test/mutants/${mutant.file}`);
    expect(result?.status, why(graded)).toBe('failing');
    expect(result!.message).toContain(mutant.expect);
  });

  it('the new and changed files type-check, and the manifest checks pass', async () => {
    const config = join(scratch, 'tsconfig.new-chapter.json');
    const include = ['course.ts', 'test/mutants/index.ts', `docs/worked/${id}.ts`, `docs/figures/${id}.ts`, `exercises/${id}.ts`, `solutions/${id}.ts`, `test/${id}.test.ts`, `test/mutants/${id}/*.ts`];
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', include }));
    try {
      const [types, manifest] = await Promise.all([
        run(process.execPath, [bin('tsc'), '--noEmit', '-p', config]),
        run(process.execPath, [bin('vitest'), 'run', '--project', 'course', 'test/course/manifest.test.ts']),
      ]);
      expect(types.code, why(types)).toBe(0);
      expect(manifest.code, why(manifest)).toBe(0);
    } finally {
      rmSync(config);
    }
  });

  it.skipIf(process.env.VERIFY_SKIP_SITE)('the site builds, with the page in the sidebar', async () => {
    // Only the new page and the guide (with its sidebar): verify's own build proves every other
    // page, and the chapters' pages do not depend on each other. --mpa renders the pages as the
    // full build does but skips the browser bundle (the theme's widgets, which a new page does not
    // change and verify's own build bundles): a third less CPU, and the same HTML checked below.
    const built = await run(process.execPath, [bin('vitepress'), 'build', 'docs', '--mpa'], { SITE_ONLY_PAGES: `guide.md,${id}.md` });
    expect(built.code, why(built)).toBe(0);
    const dist = join(scratch, 'docs/.vitepress/dist');
    const page = readFileSync(join(dist, `${id}.html`), 'utf8');
    for (const anchor of ['worked-example', 'figure-example', 'try-it', `exercise-${exercise}`]) expect(page).toContain(`id="${anchor}"`);
    expect(readFileSync(join(dist, 'guide.html'), 'utf8')).toMatch(new RegExp(`href="/${id}"[^>]*>(<!--\\[-->)?<p[^>]*>${next}\\. ${title}</p>`));
  }, 240_000);

  it('then refuses the same number or slug again', async () => {
    await expectRefusal([NN, 'another', 'Another'], `chapter ${next} already exists: ${id} "${title}" in course.ts; the next chapter is number ${pad(next + 1)}`);
    await expectRefusal([pad(next + 1), 'new-chapter-check', 'Again'], `the slug "new-chapter-check" is already chapter ${id} in course.ts`);
  });
});
