/**
 * The exercises are type-checked twice: by the learner's editor (tsconfig.json) and by the grade's
 * type warnings (tsconfig.exercises.json, without the DOM). Both must accept what a learner writes
 * to debug, console.log first of all, or the grade warns about code the editor calls fine.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../grader/learner.ts';

// A learner's chapter 0 with console.log at the top level, in a loop, and on an object.
const learner = resolve(repoRoot, 'test/faults/console-log.ts');

/** The type errors in `learner` under `config`, with the config's own extra files (its ambient types). */
function typeErrors(config: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(repoRoot, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const ambient = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram([learner, ...ambient], { ...parsed.options, incremental: false, tsBuildInfoFile: undefined });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(learner)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe("a learner's console.log", () => {
  for (const config of ['tsconfig.exercises.json', 'tsconfig.json']) {
    it(`type-checks under ${config}`, () => {
      expect(typeErrors(config)).toEqual([]);
    });
  }

  it('without giving the exercises the DOM', () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(resolve(repoRoot, 'tsconfig.exercises.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    expect(parsed.options.lib?.some((l) => /dom/i.test(l))).toBe(false);
  });
});
