/**
 * `npm test [-- chapter…] [--verbose]` and `npm run watch [-- chapter…]`: grade the learner's
 * exercises with the grade report. Chapters can be named by number (01), slug (perceptron) or id.
 */
import { randomInt } from 'node:crypto';
import { startVitest } from 'vitest/node';
import { chapterId, chapters, findChapter } from '../course.ts';
import { GradeReporter } from '../test/grader/reporter.ts';
import { reportTypeErrors, startTypeCheck } from './lib/typecheck.ts';

const args = process.argv.slice(2);
const watch = args.includes('--watch');
const verbose = args.includes('--verbose');
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--watch' && a !== '--verbose');
if (unknownFlags.length > 0) {
  console.error(`npm test: unknown option ${unknownFlags.join(' ')}; expected --verbose, or chapters like 01 or perceptron`);
  process.exit(2);
}

const only: string[] = [];
for (const query of args.filter((a) => !a.startsWith('--'))) {
  const chapter = findChapter(query);
  if (!chapter) {
    console.error(`npm test: no chapter matches "${query}"; expected one of: ${chapters.map(chapterId).join(', ')}`);
    process.exit(2);
  }
  only.push(chapterId(chapter));
}

process.env.GRADE_SEED ??= String(randomInt(1, 1_000_000));
const seed = Number(process.env.GRADE_SEED);
const typeCheck = watch ? undefined : startTypeCheck(only);

const reporter = new GradeReporter({ only, seed, jsonFile: process.env.GRADE_RESULTS_JSON });
const vitest = await startVitest('test', only.map((id) => `test/${id}.test.ts`), {
  project: 'grade',
  watch,
  reporters: verbose ? [reporter, 'default'] : [reporter],
});

if (!watch) {
  if (typeCheck) await reportTypeErrors(typeCheck);
  await vitest?.close();
  process.exit(process.exitCode ?? 0);
}
