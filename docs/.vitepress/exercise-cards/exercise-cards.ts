/**
 * `<Exercise name="perceptronUpdate" />` on a page becomes the card of that exercise, written into
 * the page as plain HTML while the page is compiled: the stub's signature and doc comment, what the
 * grader checks, the command that grades it, and the hints, folded. A card does nothing in the
 * browser, so it is static markup: Vue leaves it out of the page's script, which a phone loads
 * before anything moves (as a component fed with each card's data, the cards were 5–10 KiB of each
 * chapter's 100 KiB budget).
 *
 * The chapter is the page's own (docs/01-perceptron.md → 01-perceptron) unless a `chapter`
 * attribute (number, slug or id) says otherwise; on a page that is not a chapter (the guide) any
 * chapter may hold the name. An unknown name fails the build, naming the page and the tag.
 */
import { basename } from 'node:path';
import type { MarkdownRenderer } from 'vitepress';
import type { Plugin } from 'vite';
import { escapeXml as escapeHtml } from '../figures/escape.ts';
import type { ChapterExercises, ExerciseInfo } from './exercise-info.ts';

/** What the card component receives: the exercise and the chapter that grades it. */
export interface ExerciseCard extends ExerciseInfo {
  chapterNumber: number;
}

const TAG = /<Exercise\s+([^>]*?)\/>/g;
const ATTRIBUTE = /([a-zA-Z-]+)="([^"]*)"/g;

/**
 * The card's HTML. v-pre: a hint or doc comment may hold {{ }}, which Vue would otherwise read as
 * an expression. No blank line anywhere (a signature's blank lines are written &#10;), so that it
 * stays one HTML block wherever the tag stood.
 */
export function renderCard(card: ExerciseCard): string {
  const signature = card.signature
    .split(/(\/\*\*[\s\S]*?\*\/)/)
    .filter((text) => text !== '')
    .map((text) => `<span${text.startsWith('/**') ? ' class="exercise-comment"' : ''}>${escapeHtml(text)}</span>`)
    .join('')
    .replace(/\n/g, '&#10;');
  const chapter = String(card.chapterNumber).padStart(2, '0');
  return [
    // The heading carries the id, so the page outline, the permalink and the grade report's
    // links (#exercise-<name>) all point at the same place.
    `<section class="exercise-card" aria-labelledby="${card.anchor}" data-chapter="${chapter}" v-pre>`,
    `<h3 id="${card.anchor}" class="exercise-title">Exercise: <code>${escapeHtml(card.name)}</code>`,
    // ignore-header: VitePress leaves this out of the heading's text in the page outline.
    ` <span class="exercise-points ignore-header">${card.points} ${card.points === 1 ? 'point' : 'points'}</span>`,
    ` <a class="header-anchor" href="#${card.anchor}" aria-label="Permalink to exercise ${escapeHtml(card.name)}">&#8203;</a></h3>`,
    `<p class="exercise-file">In <code>${escapeHtml(card.file)}</code>:</p>`,
    // tabindex: long lines scroll sideways, and keyboard users must be able to scroll too.
    `<div class="language-ts"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="exercise-signature" tabindex="0"><code>${signature}</code></pre></div>`,
    `<p><strong>What is graded:</strong> ${escapeHtml(card.graded)}</p>`,
    `<p><strong>Check your work:</strong> <code>npm test -- ${chapter}</code></p>`,
    ...card.hints.map((hint, i) => `<details class="details custom-block exercise-hint"><summary>Hint ${i + 1}</summary><p>${escapeHtml(hint)}</p></details>`),
    '</section>',
  ].join('\n');
}

function findCard(chapters: readonly ChapterExercises[], name: string, chapterQuery: string | undefined, page: string): ExerciseCard {
  const where = `<Exercise name="${name}"> on page ${page}`;
  const pageId = basename(page, '.md');
  const query = (chapterQuery ?? pageId).toLowerCase();
  const chapter = chapters.find((c) => c.id === query || c.slug === query || (/^\d+$/.test(query) && Number(query) === c.number));
  if (!chapter && chapterQuery !== undefined) throw new Error(`${where}: there is no chapter "${chapterQuery}" in course.ts`);
  const candidates = chapter ? [chapter] : chapters;
  const matches = candidates.filter((c) => Object.hasOwn(c.exercises, name));
  if (matches.length === 0) {
    const known = candidates.flatMap((c) => Object.keys(c.exercises)).join(', ') || 'none';
    throw new Error(`${where}: no exercise of that name in course.ts (this chapter has: ${known})`);
  }
  if (matches.length > 1) throw new Error(`${where}: several chapters have an exercise of that name; add chapter="NN"`);
  return { ...matches[0].exercises[name], chapterNumber: matches[0].number };
}

/** Rewrites every <Exercise …/> tag of a block of page HTML into its card. */
export function withCards(html: string, chapters: readonly ChapterExercises[], page: string): string {
  return html.replace(TAG, (_tag, attributes: string) => {
    const found = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1], m[2]]));
    if (!found.name) throw new Error(`<Exercise> on page ${page} has no name="…"`);
    const card = findCard(chapters, found.name, found.chapter, page);
    return renderCard(card);
  });
}

/** The markdown side: every HTML token that holds an <Exercise …/> gets its card. */
export function exerciseCards(md: MarkdownRenderer, { chapters }: { chapters: () => readonly ChapterExercises[] }): void {
  md.core.ruler.push('nnfs_exercise_cards', (state) => {
    const page = (state.env as { relativePath?: string }).relativePath ?? '(unknown page)';
    for (const token of state.tokens) {
      const tokens = token.type === 'inline' ? token.children ?? [] : [token];
      for (const t of tokens) {
        if ((t.type === 'html_block' || t.type === 'html_inline') && t.content.includes('<Exercise')) t.content = withCards(t.content, chapters(), page);
      }
    }
  });
}

/**
 * In `vitepress dev`, a saved stub or manifest may change the cards: load them again and, when
 * they did change, recompile the pages (the markdown cache is off in dev, see config.ts). A saved
 * function body changes no card, and reloading the page for it would cost the learner the state of
 * the widget that is running their code ("Use my code").
 */
export function exerciseCardsReload(reload: () => unknown, watched: readonly string[]): Plugin {
  return {
    name: 'nnfs:exercise-cards-reload',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add([...watched]);
      let shown = JSON.stringify(reload());
      const onChange = (file: string) => {
        if (!watched.some((w) => file.startsWith(w))) return;
        let cards: string;
        try {
          cards = JSON.stringify(reload());
        } catch (error) {
          server.config.logger.error(String(error));
          return;
        }
        if (cards === shown) return;
        shown = cards;
        for (const mod of server.moduleGraph.idToModuleMap.values()) if (mod.file?.endsWith('.md')) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
    },
  };
}
