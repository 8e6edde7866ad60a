/**
 * "Use my code": which code a widget's recipe runs for each exercise (run-recipe.ts, the body of
 * the widgets' worker), with learner modules made up here. The browser side (the worker, its time
 * limit, the badges, a save) is tested in dev mode by the use-my-code suites of test/e2e/dev-mode.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { NotImplemented } from '../../lib/not-implemented.ts';
import { defineRecipe, finiteNumber, slot } from '../../docs/.vitepress/theme/learner-code/recipe.ts';
import { runRecipe, type LoadedChapter } from '../../docs/.vitepress/theme/learner-code/run-recipe.ts';
import type { ChapterGrade } from '../../docs/.vitepress/learner-code/learner-code-plugin.ts';
import type { WorkerReply } from '../../docs/.vitepress/theme/learner-code/worker-protocol.ts';

const CHAPTER = '99-made-up';
const double = (x: number) => 2 * x;
const square = (x: number) => x * x;

/** double then square, as a widget would compute with two exercises. */
const recipe = defineRecipe(
  { double: slot(CHAPTER, 'double', double), square: slot(CHAPTER, 'square', square) },
  (impl, x: number) => finiteNumber(impl.square(finiteNumber(impl.double(x), 'double(x)')), 'square(…)'),
);

async function run(exports: Record<string, unknown> | { error: string }, options: { grades?: Record<string, ChapterGrade>; endless?: string[] } = {}) {
  const posted: WorkerReply[] = [];
  const chapter: LoadedChapter = 'error' in exports && typeof exports.error === 'string' ? { error: exports.error } : { exports };
  const reply = await runRecipe(recipe, { id: 7, address: { widget: 'made-up', recipe: 'recipe' }, input: 3, endless: options.endless ?? [] }, {
    loadChapter: async () => chapter,
    grades: options.grades ?? {},
    post: (message) => posted.push(message),
  });
  if (reply.type !== 'done') throw new Error(`the run failed: ${JSON.stringify(reply)}`);
  const uses = Object.fromEntries(reply.uses.map((u) => [u.name, u.source === 'yours' ? 'yours' : `${u.reason}${u.message ? `: ${u.message}` : ''}`]));
  return { value: reply.value, uses, posted };
}

describe('runRecipe', () => {
  it("runs the learner's functions where they work, and says so", async () => {
    const result = await run({ double: (x: number) => x + x + 1, square });
    expect(result.value).toBe(49);
    expect(result.uses).toEqual({ double: 'yours', square: 'yours' });
    // The page hears when learner code starts, for its time limit and to blame an endless loop.
    expect(result.posted).toEqual([
      { type: 'started', id: 7 },
      { type: 'enter', id: 7, slot: `${CHAPTER}/double` },
      { type: 'enter', id: 7, slot: `${CHAPTER}/square` },
    ]);
  });

  it('falls back per function: not started, throws, a Promise, a value the widget cannot use', async () => {
    const notStarted = await run({ double: () => { throw new NotImplemented('double'); }, square });
    expect(notStarted).toMatchObject({ value: 36, uses: { double: 'not started', square: 'yours' } });

    const throws = await run({ double, square: () => { throw new RangeError('my bug'); } });
    expect(throws).toMatchObject({ value: 36, uses: { double: 'yours', square: 'throws: RangeError: my bug' } });

    const thrownString = await run({ double, square: () => { throw 'oops'; } });
    expect(thrownString.uses.square).toBe('throws: threw "oops"');

    const promise = await run({ double: async (x: number) => 2 * x, square });
    expect(promise.uses.double).toBe('throws: double returned a Promise: the widget needs the value itself (is it async?)');

    const undefinedResult = await run({ double: () => undefined, square });
    expect(undefinedResult).toMatchObject({ value: 36, uses: { double: 'throws: what it returned broke the widget: TypeError: double(x) is undefined; expected a finite number' } });
  });

  it('uses the reference from the start for a file that does not load, a missing export, a failing grade or an endless loop', async () => {
    expect((await run({ error: 'SyntaxError: Unexpected token' })).uses).toEqual({
      double: 'could not load: SyntaxError: Unexpected token',
      square: 'could not load: SyntaxError: Unexpected token',
    });
    expect((await run({ double: 5, square })).uses).toEqual({ double: 'not exported', square: 'yours' });
    const failing = { [CHAPTER]: { stale: false, statuses: { double: 'failing', square: 'passed' } } } satisfies Record<string, ChapterGrade>;
    expect((await run({ double, square }, { grades: failing })).uses).toEqual({ double: 'failing: your last npm test: failing', square: 'yours' });
    // A grade of files changed since says nothing about the code as it is now.
    expect((await run({ double, square }, { grades: { [CHAPTER]: { ...failing[CHAPTER], stale: true } } })).uses).toEqual({ double: 'yours', square: 'yours' });
    expect((await run({ double, square }, { endless: [`${CHAPTER}/square`] })).uses).toEqual({ double: 'yours', square: 'endless loop' });
  });

  it('enters a learner function again when one it called returns (their quotient calls their f), and lays an error to the one that threw', async () => {
    const slope = (f: (x: number) => number, x: number) => f(x + 1) - f(x);
    const nested = defineRecipe(
      { slope: slot(CHAPTER, 'slope', slope), double: slot(CHAPTER, 'double', double) },
      (impl, x: number) => finiteNumber(impl.slope(impl.double, x), 'slope(double, x)'),
    );
    const runNested = async (exports: Record<string, unknown>) => {
      const posted: WorkerReply[] = [];
      const reply = await runRecipe(nested, { id: 2, address: { widget: 'made-up', recipe: 'nested' }, input: 3, endless: [] }, {
        loadChapter: async () => ({ exports }),
        grades: {},
        post: (message) => posted.push(message),
      });
      return { reply, entered: posted.flatMap((m) => (m.type === 'enter' ? [m.slot.slice(CHAPTER.length + 1)] : [])) };
    };
    // A loop in slope after its calls of double is laid to slope: the page blames the slot entered last.
    const fine = await runNested({ slope, double });
    expect(fine.reply).toMatchObject({ type: 'done', value: 2 });
    expect(fine.entered).toEqual(['slope', 'double', 'slope', 'double', 'slope']);

    const innerThrows = await runNested({ slope, double: () => { throw new Error('double is broken'); } });
    expect(innerThrows.reply).toMatchObject({
      type: 'done',
      value: 2,
      uses: [
        { name: 'slope', source: 'yours' },
        { name: 'double', source: 'reference', reason: 'throws', message: 'double is broken' },
      ],
    });
  });

  it("lays an error inside a learner class to the class, and runs the recipe again with lib's", async () => {
    class Counter {
      constructor(readonly start: number) {}
      next(): number {
        return this.start + 1;
      }
    }
    class BrokenCounter {
      next(): number {
        throw new Error('next is broken');
      }
    }
    const counting = defineRecipe({ Counter: slot(CHAPTER, 'Counter', Counter, true) }, (impl, start: number) => new impl.Counter(start).next());
    const reply = await runRecipe(counting, { id: 1, address: { widget: 'made-up', recipe: 'counting' }, input: 4, endless: [] }, {
      loadChapter: async () => ({ exports: { Counter: BrokenCounter } }),
      grades: {},
      post: () => undefined,
    });
    expect(reply).toMatchObject({ type: 'done', value: 5, uses: [{ name: 'Counter', source: 'reference', reason: 'throws', message: 'next is broken' }] });
  });
});
