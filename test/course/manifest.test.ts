/**
 * The course is consistent: every chapter in the manifest has its page, stub, solution and
 * grader; stubs and solutions export the same names; every exercise has hints, a TODO stub that
 * throws the NotImplemented marker, a describe() in its grader and an <Exercise> on its page;
 * and exercises/ and solutions/ hold nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterId, chapters } from '../../course.ts';
import { repoRoot } from '../grader/learner.ts';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('the manifest', () => {
  it('numbers chapters 0, 1, 2… in order with unique slugs and exercise names', () => {
    expect(chapters.map((c) => c.number)).toEqual(chapters.map((_, i) => i));
    expect(new Set(chapters.map((c) => c.slug)).size).toBe(chapters.length);
    const names = chapters.flatMap((c) => c.exercises.map((e) => e.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every exercise positive points, a graded description and at least one hint', () => {
    for (const exercise of chapters.flatMap((c) => c.exercises)) {
      expect(exercise.points, exercise.name).toBeGreaterThan(0);
      expect(exercise.graded.trim(), exercise.name).not.toBe('');
      expect(exercise.hints.length, `${exercise.name} has no hints`).toBeGreaterThan(0);
      for (const hint of exercise.hints) expect(hint.trim(), `${exercise.name} has an empty hint`).not.toBe('');
    }
  });

  it('builds exercises only on exercises of the same or an earlier chapter, listed before them, without cycles', () => {
    const seen = new Map<string, number>();
    for (const chapter of chapters) {
      for (const exercise of chapter.exercises) {
        for (const dependency of exercise.builtOn ?? []) {
          // Listed before it: the "blocked by" rule resolves exercises in manifest order.
          expect(seen.has(dependency), `${exercise.name} is built on ${dependency}, which must be an exercise listed before it`).toBe(true);
          expect(seen.get(dependency)!).toBeLessThanOrEqual(chapter.number);
        }
        seen.set(exercise.name, chapter.number);
      }
    }
  });

  it('has no stray files in exercises/ or solutions/', () => {
    const expected = chapters.map((c) => `${chapterId(c)}.ts`).sort();
    expect(readdirSync(join(repoRoot, 'exercises')).sort()).toEqual(expected);
    expect(readdirSync(join(repoRoot, 'solutions')).sort()).toEqual(expected);
  });
});

describe.each(chapters.map((c) => [chapterId(c), c] as const))('chapter %s', (id, chapter) => {
  const files = { page: `docs/${id}.md`, stub: `exercises/${id}.ts`, solution: `solutions/${id}.ts`, grader: `test/${id}.test.ts` };

  it('has its page, stub, solution and grader', () => {
    for (const [kind, path] of Object.entries(files)) expect(existsSync(join(repoRoot, path)), `missing ${kind}: ${path}`).toBe(true);
  });

  it('exports the same names from the stub and the solution, and every exercise from both', async () => {
    const stub = await import(join(repoRoot, files.stub));
    const solution = await import(join(repoRoot, files.solution));
    expect(Object.keys(stub).sort()).toEqual(Object.keys(solution).sort());
    for (const { name } of chapter.exercises) {
      expect(typeof stub[name], `${files.stub} does not export ${name}`).toBe('function');
      expect(typeof solution[name], `${files.solution} does not export ${name}`).toBe('function');
    }
  });

  it('has stubs that say TODO and throw the NotImplemented marker, and solutions that do not', () => {
    const stub = read(files.stub);
    const solution = read(files.solution);
    for (const { name } of chapter.exercises) {
      expect(stub, `${files.stub} should throw new NotImplemented('${name}')`).toContain(`throw new NotImplemented('${name}')`);
      expect(solution).not.toContain(`NotImplemented('${name}')`);
    }
    expect((stub.match(/\/\/ TODO/g) ?? []).length, `${files.stub}: one TODO per exercise`).toBeGreaterThanOrEqual(chapter.exercises.length);
    expect(solution).not.toContain('TODO');
  });

  it('grades every exercise in its own describe() and has no others', () => {
    const described = [...read(files.grader).matchAll(/^describe\('([^']+)'/gm)].map((m) => m[1]);
    expect(described).toEqual(chapter.exercises.map((e) => e.name));
  });

  it('shows every exercise on its page with <Exercise>', () => {
    const page = read(files.page);
    const shown = [...page.matchAll(/<Exercise\s+name="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(chapter.exercises.map((e) => e.name));
  });
});
