/**
 * What the site is expected to contain, derived from the chapter manifest: the tests follow the
 * course as it grows instead of keeping their own list of pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chapters, chapterId, type Chapter } from '../../course.ts';

export interface SitePage {
  /** URL path on the built site ("/01-perceptron"). */
  path: string;
  /** The markdown source, relative to docs/. */
  source: string;
  chapter?: Chapter;
}

export const sitePages: SitePage[] = [
  { path: '/', source: 'index.md' },
  { path: '/guide', source: 'guide.md' },
  { path: '/notation', source: 'notation.md' },
  { path: '/instructors', source: 'instructors.md' },
  ...chapters.map((chapter) => ({ path: `/${chapterId(chapter)}`, source: `${chapterId(chapter)}.md`, chapter })),
];

export const chapterPages = sitePages.filter((p) => p.chapter);

/** Whether the page's markdown has $…$ or $$…$$ math, so its built page must show KaTeX output. */
export function hasMath(page: SitePage): boolean {
  const file = fileURLToPath(new URL(`../../docs/${page.source}`, import.meta.url));
  if (!existsSync(file)) return false;
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```|`[^`\n]*`/g, ''); // code is not math
  return /\$\$[\s\S]+?\$\$|\$[^$\n]+\$/.test(text);
}

/** The keys of the figures a page places, in order: its lines `@figure{key}`. */
export function placedFigures(page: SitePage): string[] {
  const file = fileURLToPath(new URL(`../../docs/${page.source}`, import.meta.url));
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, ''); // code shows the syntax, it places nothing
  return [...text.matchAll(/^[ \t]*@figure\{([^}\n]*)\}[ \t]*$/gm)].map((m) => m[1]);
}
