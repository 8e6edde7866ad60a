/**
 * The exercise cards are written into each page as it compiles: a page carries its own chapter's
 * exercises (not a module of every chapter's), with the stub's signature, and a tag that names no
 * exercise fails the build, naming the page.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress';
import { chapters } from '../../course.ts';
import { type ExerciseCard, exerciseCards } from '../../docs/.vitepress/exercise-cards/exercise-cards.ts';
import { loadExercises } from '../../docs/.vitepress/exercise-cards/exercise-info.ts';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));
const all = loadExercises();
let md: MarkdownRenderer;
beforeAll(async () => {
  md = await createMarkdownRenderer(docsDir, { config: (renderer) => exerciseCards(renderer, { chapters: () => all }) });
});

const cardsIn = (html: string): ExerciseCard[] =>
  [...html.matchAll(/<Exercise name="([^"]+)" card="([^"]+)" \/>/g)].map((m) => JSON.parse(Buffer.from(m[2], 'base64').toString('utf8')) as ExerciseCard);

describe('<Exercise name="…" /> on a page', () => {
  test("carries that exercise's card: the stub's signature, points, grading, hints and its chapter", () => {
    const [card] = cardsIn(md.render('## Exercises\n\n<Exercise name="perceptronUpdate" />\n', { relativePath: '01-perceptron.md' }));
    const manifest = chapters[1].exercises.find((e) => e.name === 'perceptronUpdate')!;
    expect(card).toMatchObject({ name: 'perceptronUpdate', chapterNumber: 1, points: manifest.points, graded: manifest.graded, hints: manifest.hints, file: 'exercises/01-perceptron.ts' });
    expect(card.signature).toMatch(/export function perceptronUpdate\(/);
  });

  test("a chapter's page carries its own chapter's cards and nothing of the others'", () => {
    const page = chapters[2].exercises.map((e) => `<Exercise name="${e.name}" />`).join('\n\n');
    const html = md.render(`${page}\n`, { relativePath: '02-activation-functions.md' });
    expect(cardsIn(html).map((c) => c.name)).toEqual(chapters[2].exercises.map((e) => e.name));
  });

  test('on a page that is not a chapter, any chapter may hold the name, and chapter="NN" picks one', () => {
    expect(cardsIn(md.render('<Exercise name="dot" />\n', { relativePath: 'guide.md' }))[0].chapterNumber).toBe(0);
    expect(cardsIn(md.render('<Exercise name="dot" chapter="00" />\n', { relativePath: '03-derivatives.md' }))[0].chapterNumber).toBe(0);
  });

  test.each([
    ['a name the chapter does not have', '<Exercise name="nope" />', '01-perceptron.md', /<Exercise name="nope"> on page 01-perceptron\.md: no exercise of that name in course\.ts \(this chapter has: weightedSum/],
    ['a chapter that does not exist', '<Exercise name="dot" chapter="99" />', 'guide.md', /there is no chapter "99" in course\.ts/],
    ['no name at all', '<Exercise />', 'guide.md', /<Exercise> on page guide\.md has no name/],
  ])('%s fails the build, naming the page', (_, tag, page, message) => {
    expect(() => md.render(`${tag}\n`, { relativePath: page })).toThrow(message);
  });
});
