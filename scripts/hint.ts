/**
 * `npm run hint -- [chapter] [exercise]`: the next hint, one more each time you ask.
 * With no exercise, it takes the one the last `npm test` said to do next (in that chapter, if given).
 */
import { chapterId, chapters, exerciseAnchor, findChapter, type Chapter, type Exercise } from '../course.ts';
import { lastGrade } from '../test/grader/reporter.ts';
import { isRecord, readState, stateFile, writeState } from '../test/grader/state-files.ts';

/** How many hints of each exercise ("01-perceptron/step") have been shown. */
const revealedFile = stateFile('hints-revealed.json');
const isRevealed = (value: unknown): value is Record<string, number> => isRecord(value) && Object.values(value).every((n) => Number.isInteger(n));

function fail(message: string): never {
  console.error(`npm run hint: ${message}`);
  process.exit(2);
}

const [chapterQuery, exerciseQuery] = process.argv.slice(2);
// An empty argument (npm run hint -- '' step, or a shell variable that was not set) is a mistake
// in the command, not a request for "whichever exercise is next".
if (chapterQuery?.trim() === '') fail(`name a chapter, such as npm run hint -- 01 step; the chapters are ${chapters.map(chapterId).join(', ')}`);
const chapter: Chapter | undefined = chapterQuery ? findChapter(chapterQuery) : undefined;
if (chapterQuery && !chapter) fail(`no chapter matches "${chapterQuery}"; expected one of: ${chapters.map(chapterId).join(', ')}`);
if (exerciseQuery?.trim() === '') fail(`name an exercise of chapter ${chapterId(chapter!)}, or leave it out for the next one; it has: ${chapter!.exercises.map((e) => e.name).join(', ')}`);

let target: { chapter: Chapter; exercise: Exercise } | undefined;
if (exerciseQuery) {
  const exercise = chapter!.exercises.find((e) => e.name.toLowerCase() === exerciseQuery.toLowerCase());
  if (!exercise) fail(`chapter ${chapterId(chapter!)} has no exercise "${exerciseQuery}"; it has: ${chapter!.exercises.map((e) => e.name).join(', ')}`);
  target = { chapter: chapter!, exercise };
} else {
  const last = lastGrade();
  const graded = last.filter((r) => !chapter || r.chapter === chapterId(chapter));
  const next = graded.find((r) => r.status !== 'passed');
  const inChapter = next && chapters.find((c) => chapterId(c) === next.chapter);
  if (inChapter) target = { chapter: inChapter, exercise: inChapter.exercises.find((e) => e.name === next.name)! };
  else if (graded.length > 0) {
    // Nothing to work on: say so, rather than hand out a hint nobody asked for.
    const example = chapter ?? chapters.find((c) => chapterId(c) === graded.at(-1)!.chapter) ?? chapters[0];
    const scope = chapter ? ` in chapter ${chapterId(chapter)}` : '';
    console.log(`Everything your last npm test graded${scope} passes: no hint needed.`);
    console.log(`To read an exercise's hints anyway, name it: npm run hint -- ${String(example.number).padStart(2, '0')} ${example.exercises[0].name}`);
    process.exit(0);
  } else if (chapter) target = { chapter, exercise: chapter.exercises[0] };
  else fail('run npm test first (so I know which exercise you are on), or name one: npm run hint -- 01 perceptronUpdate');
}

const { chapter: c, exercise } = target!;
const key = `${chapterId(c)}/${exercise.name}`;
const revealed = readState(revealedFile, isRevealed, {});
const count = Math.min((revealed[key] ?? 0) + 1, exercise.hints.length);
revealed[key] = count;
writeState(revealedFile, revealed);

console.log(`Hints for ${exercise.name} (exercises/${chapterId(c)}.ts), ${count} of ${exercise.hints.length}:\n`);
exercise.hints.slice(0, count).forEach((hint, i) => console.log(`  ${i + 1}. ${hint}`));
console.log(
  count < exercise.hints.length
    ? `\nAsk again for the next one: npm run hint -- ${String(c.number).padStart(2, '0')} ${exercise.name}`
    : `\nThat is every hint. The page explains it in full: http://localhost:5173/${chapterId(c)}#${exerciseAnchor(exercise)}`,
);
