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

const unescape = (text: string) => text.replace(/&#10;/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The cards of a rendered page, read back from their HTML. */
const cardsIn = (html: string): ExerciseCard[] =>
  [...html.matchAll(/<section class="exercise-card"[\s\S]*?<\/section>/g)].map(([card]) => ({
    name: unescape(/class="exercise-title">Exercise: <code>([^<]+)<\/code>/.exec(card)![1]),
    anchor: /aria-labelledby="([^"]+)"/.exec(card)![1],
    chapterNumber: Number(/data-chapter="(\d+)"/.exec(card)![1]),
    points: Number(/<span class="exercise-points ignore-header">(\d+) points?<\/span>/.exec(card)![1]),
    graded: unescape(/<strong>What is graded:<\/strong> ([^\n]*)<\/p>/.exec(card)![1]),
    hints: [...card.matchAll(/<summary>Hint \d+<\/summary><p>([^\n]*)<\/p>/g)].map((m) => unescape(m[1])),
    file: unescape(/<p class="exercise-file">In <code>([^<]+)<\/code>/.exec(card)![1]),
    signature: unescape(/<code>((?:<span[^>]*>[^<]*<\/span>)+)<\/code>/.exec(card)![1].replace(/<\/?span[^>]*>/g, '')),
  }));

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
