/**
 * The learner's bundles are kept between runs (test/grader/bundle.ts) until a file they were built
 * from changes: an unchanged chapter is not bundled again, while an edit to it or to an earlier
 * chapter it imports, or a tsconfig.json put beside it, makes the next run bundle it afresh with
 * the change in. A file saved moments before (or while) it is bundled is used, and not kept.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleLearner, bundleSourceHash, removeBundle } from '../grader/bundle.ts';
import { scratchFolders } from './scratch-folders.ts';

const folder = scratchFolders('nnfs-bundle-cache-');
const learner = folder();
const cacheRoot = folder();
const first = join(learner, 'first.ts');
const second = join(learner, 'second.ts');

/** Writes a file as saved a minute ago (plus `seconds`), long enough before bundling to be kept. */
function saved(file: string, text: string, seconds = 0) {
  writeFileSync(file, text);
  const when = new Date(Date.now() - 60_000 + seconds * 1000);
  utimesSync(file, when, when);
}

saved(first, 'export const twice = (x: number) => 2 * x;\n');
saved(second, "import { twice } from './first.ts';\nexport function four(x: number): number {\n  return twice(twice(x));\n}\n");

const bundle = () => bundleLearner(second, undefined, { cacheRoot });
const builtAt = (file: string) => statSync(file).mtimeMs;

describe('the bundle cache', () => {
  let kept: string;
  let hash: string;

  it('keeps the first bundle, and hands it out again while nothing it was built from changes', async () => {
    kept = await bundle();
    expect(kept.startsWith(cacheRoot)).toBe(true);
    hash = bundleSourceHash(kept);
    const built = builtAt(kept);
    await new Promise((r) => setTimeout(r, 20));
    expect(await bundle()).toBe(kept);
    expect(builtAt(kept), 'the kept bundle was written again').toBe(built);
    expect(bundleSourceHash(kept)).toBe(hash);
    removeBundle(kept);
    expect(statSync(kept).isFile(), 'closing its sandbox must not remove a kept bundle').toBe(true);
  });

  it('bundles afresh when an earlier file the chapter imports changes', async () => {
    const built = builtAt(kept);
    saved(first, "export const twice = (x: number) => 2 * x;\nconsole.log('edited first');\n", 1);
    expect(await bundle()).toBe(kept);
    expect(builtAt(kept)).not.toBe(built);
    expect(readFileSync(kept, 'utf8')).toContain('edited first');
    expect(bundleSourceHash(kept)).not.toBe(hash);
  });

  it('bundles afresh when the chapter itself changes, even to the same size', async () => {
    const text = readFileSync(second, 'utf8');
    saved(second, text.replace('twice(twice(x))', 'twice(x) * 2.00'), 2);
    expect(readFileSync(second, 'utf8').length).toBe(text.length);
    expect(readFileSync(await bundle(), 'utf8')).toContain('twice(x) * 2');
  });

  it('bundles afresh when a tsconfig.json appears beside the files', async () => {
    const built = builtAt(kept);
    saved(join(learner, 'tsconfig.json'), '{}\n', 3);
    await bundle();
    expect(builtAt(kept)).not.toBe(built);
  });

  it('does not keep a bundle of a file saved moments before, and keeps the next', async () => {
    writeFileSync(first, "export const twice = (x: number) => x + x;\n");
    const fresh = await bundle();
    expect(fresh).not.toBe(kept);
    expect(readFileSync(fresh, 'utf8')).toContain('x + x');
    removeBundle(fresh);
    expect(() => statSync(fresh)).toThrow();
    saved(first, "export const twice = (x: number) => x + x;\n", 4);
    expect(await bundle()).toBe(kept);
    expect(readFileSync(kept, 'utf8')).toContain('x + x');
  });
});
