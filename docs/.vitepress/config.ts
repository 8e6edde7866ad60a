/**
 * The site: VitePress's default theme, local search, dark mode, a sidebar generated from the
 * chapter manifest, KaTeX at build time, and worked numbers and figures computed by lib/ at build time.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import { assertNoKatexErrorsIn, katexMath } from './katex.ts';
import { isMathMLTag } from './mathml-tags.ts';
import { sidebar } from './sidebar.ts';
import { staticAttributes } from './static-attributes.ts';
import { figureBlocks } from './figure-blocks.ts';
import { digitPad } from './digits/digit-pad-plugin.ts';
import { exerciseCards, exerciseCardsReload } from './exercise-cards/exercise-cards.ts';
import { loadExercises } from './exercise-cards/exercise-info.ts';
import { figureModules } from './figure-modules.ts';
import { pageModulesReload } from './page-modules.ts';
import { chapterProgress } from './progress/progress-plugin.ts';
import { learnerCode } from './learner-code/learner-code-plugin.ts';
import { workedNumbers } from './worked-numbers.ts';
import { workedModules } from './worked-modules.ts';
import { widgetsOnly, widgetsOnlyMode } from './widgets-only.ts';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const libDir = fileURLToPath(new URL('../../lib', import.meta.url));
const rootDir = fileURLToPath(new URL('../..', import.meta.url));

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<g stroke="#3451b2" stroke-width="2"><path d="M6 7 L22 16 M6 16 H22 M6 25 L22 16"/></g>
<g fill="#3451b2"><circle cx="6" cy="7" r="3.5"/><circle cx="6" cy="16" r="3.5"/><circle cx="6" cy="25" r="3.5"/><circle cx="23" cy="16" r="7"/></g>
</svg>`;

// Loaded once when the config loads; a worked or figure module that throws (or draws a broken
// figure) fails the build right here.
// The exercise cards: the manifest with each stub's signature (a stub that lacks an exercise throws).
let exercises = loadExercises();

/**
 * SITE_ONLY_PAGES=guide.md,10-slug.md builds just those pages (links to the others are then
 * expected to be dead), and loads only their worked and figure modules (some train networks for
 * seconds): the new-chapter check builds its scaffolded page this way, in a fraction of the full
 * build, while verify's own build proves every page.
 */
const onlyPages = process.env.SITE_ONLY_PAGES?.split(',').map((page) => page.trim());
const otherPages = onlyPages && readdirSync(docsDir).filter((file) => file.endsWith('.md') && !onlyPages.includes(file));
// A page that is its widgets alone (widgets-only.ts) needs none of its worked or figure modules.
const onlyModules = widgetsOnlyMode ? [] : onlyPages?.map((page) => page.replace(/\.md$/, ''));

const [worked, figures] = await Promise.all([
  workedModules(`${docsDir}worked`).loadAll(onlyModules),
  figureModules(`${docsDir}figures`).loadAll(onlyModules),
]);

export default defineConfig({
  ...(otherPages ? { srcExclude: otherPages, ignoreDeadLinks: true } : {}),
  title: 'Neural Networks from Scratch',
  description: 'A literate, test-graded workbook: neural networks from the single neuron to a digit classifier, in TypeScript.',
  lang: 'en-GB',
  // GitHub Pages serves a project's site under /<repository>/ (.github/workflows/pages.yml sets it).
  base: process.env.SITE_BASE ?? '/',
  cleanUrls: true,
  appearance: true, // light, dark, or the reader's system setting, with a toggle
  // A neuron: three inputs into one unit. Inline, so no file to ship and no /favicon.ico 404.
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `data:image/svg+xml,${encodeURIComponent(FAVICON)}` }]],

  markdown: {
    // VitePress's default github-light / github-dark put some tokens (parameters, comments) under
    // WCAG AA's 4.5:1 on its code background; these two keep every token above it (4.66 and 5.88).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    config(md) {
      if (widgetsOnlyMode) widgetsOnly(md);
      workedNumbers(md, { valuesFor: (page) => worked.get(page) });
      katexMath(md);
      figureBlocks(md, { figuresFor: (page) => figures.get(page) });
      exerciseCards(md, { chapters: () => exercises });
    },
    // VitePress caches compiled pages by their markdown alone; a page must be recompiled when
    // only its worked or figure module (or lib/) changed, so the cache is off in dev (builds still cache).
    cache: false,
  },

  vue: {
    template: { compilerOptions: { isCustomElement: isMathMLTag } },
  },

  vite: {
    // The widgets' packages, bundled when `npm start` starts. Found only when a page first imports
    // them, vite bundled them then and reloaded the page the reader was on ("optimized dependencies
    // changed. reloading"): on a fresh clone, the first widget page opened reloaded under the reader.
    optimizeDeps: { include: ['d3-scale', 'd3-shape'] },
    plugins: [
      pageModulesReload([worked, figures], libDir),
      exerciseCardsReload(() => (exercises = loadExercises()), [`${rootDir}exercises`, `${rootDir}course.ts`]),
      staticAttributes(),
      digitPad(rootDir),
      chapterProgress(),
      learnerCode(),
    ],
  },

  async buildEnd(siteConfig) {
    await assertNoKatexErrorsIn(siteConfig.outDir);
  },

  themeConfig: {
    nav: [
      { text: 'Home', link: '/' },
      { text: 'Guide', link: '/guide' },
      { text: 'Notation', link: '/notation' },
      { text: 'Instructors', link: '/instructors' },
    ],
    sidebar,
    search: { provider: 'local' },
    outline: { level: [2, 3] },
  },
});
