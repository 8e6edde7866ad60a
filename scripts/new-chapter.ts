/**
 * `npm run new-chapter -- <NN> <slug> "<Title>"`: scaffold the next chapter, so that it is
 * consistent from the first minute. It creates
 *
 *   docs/NN-slug.md             the page: intuition, math, a worked example printed with @{…},
 *                               a figure placed with @figure{…}, "Try it", Summary, Exercises
 *   docs/worked/NN-slug.ts      the page's worked numbers, computed by lib/
 *   docs/figures/NN-slug.ts     the page's figures, drawn by lib/ and the figure kit
 *   exercises/NN-slug.ts        the stub: typed, documented, throwing NotImplemented
 *   solutions/NN-slug.ts        the solution, each step explained
 *   test/NN-slug.test.ts        the grader: worked example, random inputs with shrinking, Throws
 *   test/mutants/NN-slug/…      one known-wrong implementation, registered in test/mutants/index.ts
 *
 * and appends the chapter to the manifest (course.ts). Every file holds one example exercise,
 * `addVectors`, graded against lib/vector.ts: a tiny function with a reference in lib/, an array
 * result, an input that must not be mutated and a Throws with two directions, so that the
 * scaffold shows each kind of check a grader makes and passes `npm run verify` as it stands. The
 * TODO comments say what replaces it. The templates are in scripts/templates/; `{{name}}` in them
 * is filled in from the arguments (see `fill`).
 *
 * Right after it, `npm test -- NN` shows the example as "not started" and `npm run verify` passes.
 * It refuses (exit code 2, changing nothing) when an argument is malformed, when the number or the
 * slug is taken (in the manifest or by any of those files), or when the number is not exactly one
 * more than the last chapter's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterId, chapters } from '../course.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const templates = join(root, 'scripts', 'templates');
const usage = 'usage: npm run new-chapter -- <NN> <slug> "<Title>", for example npm run new-chapter -- 02 activation-functions "Activation functions"';

/** The example exercise's name: addVectors, or addVectorsNN when an earlier scaffold's example still has that name. */
const EXAMPLE = 'addVectors';

function refuse(problems: string[]): never {
  console.error(`npm run new-chapter: ${problems.length === 1 ? problems[0] : `\n${problems.map((p) => `  - ${p}`).join('\n')}`}`);
  console.error(`Nothing was changed.\n${usage}`);
  process.exit(2);
}

/** Where the files of a chapter live, and how each one is named from its id ("02-activation-functions"). */
const chapterFiles = [
  { dir: 'docs', name: (id: string) => `${id}.md`, template: 'page.md.tmpl' },
  { dir: 'docs/worked', name: (id: string) => `${id}.ts`, template: 'worked.ts.tmpl' },
  { dir: 'docs/figures', name: (id: string) => `${id}.ts`, template: 'figures.ts.tmpl' },
  { dir: 'exercises', name: (id: string) => `${id}.ts`, template: 'exercise.ts.tmpl' },
  { dir: 'solutions', name: (id: string) => `${id}.ts`, template: 'solution.ts.tmpl' },
  { dir: 'test', name: (id: string) => `${id}.test.ts`, template: 'grader.test.ts.tmpl' },
];
/** Folders whose entries are named after chapters: the ones above, and the mutants (one folder per chapter). */
const chapterDirs = [...chapterFiles.map((f) => f.dir), 'test/mutants'];

/** Entries of the chapter folders whose name starts with "NN-…" for some number: [path, number, slug]. */
function chapterEntries(): { path: string; number: number; slug: string }[] {
  return chapterDirs.flatMap((dir) => {
    if (!existsSync(join(root, dir))) return [];
    return readdirSync(join(root, dir)).flatMap((entry) => {
      const match = /^(\d+)-(.+?)(\.test\.ts|\.ts|\.md)?$/.exec(entry);
      return match ? [{ path: `${dir}/${entry}`, number: Number(match[1]), slug: match[2] }] : [];
    });
  });
}

// ---- The arguments ----

const args = process.argv.slice(2);
if (args.length !== 3) {
  const got = args.length === 0 ? 'none' : `${args.length}: ${args.map((a) => JSON.stringify(a)).join(' ')}`;
  const quotes = args.length > 3 ? ' (a title of several words goes in quotes)' : '';
  refuse([`expected three arguments, the chapter number, its slug and its title${quotes}; got ${got}`]);
}
const [numberArg, slug, titleArg] = args;
const title = titleArg.trim();
const problems: string[] = [];

const last = chapters.at(-1);
const next = last ? last.number + 1 : 0;
const nextText = `the next chapter is number ${String(next).padStart(2, '0')}${last ? `, one more than the last one (${chapterId(last)})` : ''}`;
let number: number | undefined;
if (!/^\d+$/.test(numberArg)) {
  problems.push(`the chapter number must be a whole number such as ${String(next).padStart(2, '0')}; got ${JSON.stringify(numberArg)}`);
} else {
  number = Number(numberArg);
  const existing = chapters.find((c) => c.number === number);
  if (existing) problems.push(`chapter ${number} already exists: ${chapterId(existing)} "${existing.title}" in course.ts; ${nextText}`);
  else if (number !== next) problems.push(`chapter ${number} would leave a gap: ${nextText}`);
  for (const entry of chapterEntries().filter((e) => e.number === number && !existing)) {
    problems.push(`chapter number ${number} is already used by ${entry.path}, which course.ts does not list: move it away first`);
  }
}

if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(slug)) {
  problems.push(
    `the slug must be kebab-case (lowercase letters and digits in words joined by single hyphens, starting with a letter), such as activation-functions; got ${JSON.stringify(slug)}`,
  );
} else {
  const existing = chapters.find((c) => c.slug === slug);
  if (existing) problems.push(`the slug "${slug}" is already chapter ${chapterId(existing)} in course.ts; choose another`);
  for (const entry of chapterEntries().filter((e) => e.slug === slug && e.number !== existing?.number)) {
    problems.push(`the slug "${slug}" is already used by ${entry.path}; choose another, or move that file away first`);
  }
}

if (title === '') problems.push('the title is empty; expected a title in quotes, such as "Activation functions"');
else if (/[\u0000-\u001f\u007f]/.test(title)) problems.push(`the title must be one line of text; got ${JSON.stringify(titleArg)}`);

if (problems.length > 0 || number === undefined) refuse(problems);

// ---- What to write ----

const NN = String(number).padStart(2, '0');
const id = `${NN}-${slug}`;
const exerciseNames = new Set(chapters.flatMap((c) => c.exercises.map((e) => e.name)));
const exercise = exerciseNames.has(EXAMPLE) ? `${EXAMPLE}${NN}` : EXAMPLE;
const mutantFile = `${exercise}-one-sided-length-check.ts`;

const values: Record<string, string> = {
  number: String(number),
  previous: String(Math.max(number - 1, 0)),
  NN,
  slug,
  id,
  title,
  // In a /** … */ comment, "*/" would end it.
  titleComment: title.replaceAll('*/', '*\\/'),
  titleLiteral: `'${title.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
  exercise,
};

/** A template with every {{name}} filled in; a name without a value is a bug in the template. */
function fill(template: string): string {
  const text = readFileSync(join(templates, template), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`scripts/templates/${template} uses {{${name}}}, which new-chapter does not fill in`);
    return values[name];
  });
}

const created: { path: string; text: string }[] = [
  ...chapterFiles.map((f) => ({ path: `${f.dir}/${f.name(id)}`, text: fill(f.template) })),
  { path: `test/mutants/${id}/${mutantFile}`, text: fill('mutant.ts.tmpl') },
];

/** `text` with `insert` added just before the line `];` that closes the array starting at `opening`. */
function insertBeforeClose(path: string, text: string, opening: string, insert: string): string {
  const start = text.indexOf(opening);
  const close = start < 0 ? -1 : text.indexOf('\n];\n', start);
  if (close < 0) throw new Error(`${path}: could not find the array "${opening} … ];" to add the chapter to`);
  return text.slice(0, close + 1) + insert + text.slice(close + 1);
}

const manifest = readFileSync(join(root, 'course.ts'), 'utf8');
const mutantsIndex = readFileSync(join(root, 'test/mutants/index.ts'), 'utf8');
const helper = `ch${number}`;
const mutantMessage = `${exercise}([1, 2], [3, 4, 5]) should throw an Error because the vectors have different lengths (2 and 3), but it returned [4, 6]`;
const lastHelper = [...mutantsIndex.matchAll(/^const ch\d+ = inChapter\('[^']+'\);\n/gm)].at(-1);

let edited: { path: string; before: string; after: string }[];
try {
  if (!lastHelper) throw new Error("test/mutants/index.ts: could not find a line such as const ch1 = inChapter('01-perceptron'); to add this chapter's after");
  if (new RegExp(`^const ${helper} =`, 'm').test(mutantsIndex)) throw new Error(`test/mutants/index.ts already declares ${helper}`);
  const withHelper = mutantsIndex.slice(0, lastHelper.index + lastHelper[0].length) + `const ${helper} = inChapter('${id}');\n` + mutantsIndex.slice(lastHelper.index + lastHelper[0].length);
  const mutantEntry =
    `\n  // Chapter ${number}: ${exercise}, the scaffold's example (replace with the chapter's own mutants)\n` +
    `  ${helper}('${mutantFile}', '${exercise}', '${mutantMessage}'),\n`;
  edited = [
    { path: 'course.ts', before: manifest, after: insertBeforeClose('course.ts', manifest, 'export const chapters: Chapter[] = [', fill('manifest-entry.ts.tmpl')) },
    { path: 'test/mutants/index.ts', before: mutantsIndex, after: insertBeforeClose('test/mutants/index.ts', withHelper, 'export const mutants: Mutant[] = [', mutantEntry) },
  ];
} catch (error) {
  // The files do not look as this script expects: a problem with the course, not with the arguments.
  console.error(`npm run new-chapter: ${(error as Error).message}. Nothing was changed.`);
  process.exit(1);
}

// ---- Write, undoing everything if any write fails ----

const made: string[] = [];
try {
  for (const { path, text } of created) {
    const dir = dirname(join(root, path));
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      made.push(dir);
    }
    writeFileSync(join(root, path), text, { flag: 'wx' });
    made.push(join(root, path));
  }
  for (const { path, after } of edited) writeFileSync(join(root, path), after);
} catch (error) {
  for (const path of made.reverse()) rmSync(path, { recursive: true, force: true });
  for (const { path, before } of edited) writeFileSync(join(root, path), before);
  console.error(`npm run new-chapter: ${(error as Error).message}. Everything it had written is undone.`);
  process.exit(1);
}

console.log(`Chapter ${id} "${title}" is scaffolded, with one example exercise, ${exercise}:`);
for (const { path } of created) console.log(`  created ${path}`);
console.log('  changed course.ts (the chapter, its exercise, points, what is graded and the hints)');
console.log(`  changed test/mutants/index.ts (the mutant, with the message it must be caught with)`);
console.log(`
Now: npm test -- ${NN} shows ${exercise} as not started, and npm run verify passes.
Next: replace the example with the chapter's own exercises: every TODO in these files says what
goes there, and the instructors' guide (docs/instructors.md, /instructors on the site) says how.`);
