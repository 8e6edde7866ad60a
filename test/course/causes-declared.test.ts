/**
 * The rule of test/grader/cause.ts, applied to the graders' text: a check names a cause only
 * through a declared diagnosis. A `misconception(...)` call counts as declared when its condition
 * (or, for `misconception(true, …)`, the `if` around it) reads a value that comes from
 * `nameCause`, `causeOf` or `onlyReading` (test/causes/structured.ts), directly or through a
 * variable or a function of the same file. The calls that are not yet declared are counted per
 * chapter in test/causes/undeclared.ts, each chapter with the reason they cannot misjudge; this
 * test fails when a grader gains one (declare its diagnosis instead) or loses one (lower the
 * count, so the list stays true).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditMisconceptions } from '../causes/audit.ts';
import { undeclared } from '../causes/undeclared.ts';

const chapters = Object.keys(undeclared);
const read = (chapter: string) => readFileSync(fileURLToPath(new URL(`../${chapter}.test.ts`, import.meta.url)), 'utf8');

describe('every misconception a grader names goes through a declared diagnosis, or is counted in test/causes/undeclared.ts', () => {
  it('lists every grader of chapters 00 to 09', () => {
    const graders = readdirSync(fileURLToPath(new URL('..', import.meta.url))).filter((name) => /^0\d-.*\.test\.ts$/.test(name)).map((name) => name.replace('.test.ts', ''));
    expect(chapters.sort()).toEqual(graders.sort());
  });

  for (const chapter of chapters) {
    it(`${chapter}: ${undeclared[chapter].count} undeclared (${undeclared[chapter].why.slice(0, 80)}…)`, () => {
      const { undeclared: left } = auditMisconceptions(read(chapter));
      expect(left, `test/${chapter}.test.ts has ${left.length} misconception calls that no diagnosis decides:\n${left.join('\n')}`).toHaveLength(undeclared[chapter].count);
    });
  }
});

describe('the audit', () => {
  it('counts a call decided by a diagnosis, directly, through a variable or a function, or inside an if on one', () => {
    const source = `
      async function which(x) { return nameCause(d, x, 1, ask); }
      const named = causeOf(d, 1, 2);
      misconception(named === 'a', 's');
      const saying = named === undefined ? undefined : 'x';
      if (saying) misconception(true, saying);
      const later = await which(3);
      misconception(later === 'b', 's');
      misconception(onlyReading(g, r, {}) === 'c', 's');
      misconception(isClose(got, 2 * want), 'twice');
      if (wrong) misconception(true, 'x');`;
    const { declared, undeclared: left } = auditMisconceptions(source);
    expect(declared).toBe(4);
    expect(left).toEqual([expect.stringContaining("misconception(isClose(got, 2 * want), 'twice')"), expect.stringContaining("misconception(true, 'x')")]);
  });
});
