/**
 * `<Exercise name="perceptronUpdate" />` on a page becomes the card of that exercise, with what it
 * shows (exercise-info.ts) written into the page itself while the page is compiled. A page then
 * carries its own chapter's cards only: when every card read one module of every chapter's
 * exercises, that module (35 KiB gzipped) was part of what each chapter's page loaded.
 *
 * The chapter is the page's own (docs/01-perceptron.md → 01-perceptron) unless a `chapter`
 * attribute (number, slug or id) says otherwise; on a page that is not a chapter (the guide) any
 * chapter may hold the name. An unknown name fails the build, naming the page and the tag.
 */
import { basename } from 'node:path';
import type { MarkdownRenderer } from 'vitepress';
import type { Plugin } from 'vite';
import type { ChapterExercises, ExerciseInfo } from './exercise-info.ts';

/** What the card component receives: the exercise and the chapter that grades it. */
export interface ExerciseCard extends ExerciseInfo {
  chapterNumber: number;
}

const TAG = /<Exercise\s+([^>]*?)\/>/g;
const ATTRIBUTE = /([a-zA-Z-]+)="([^"]*)"/g;

/** The card as base64 JSON: safe inside an attribute and inside a Vue template, whatever the hints say. */
export function encodeCard(card: ExerciseCard): string {
  return Buffer.from(JSON.stringify(card), 'utf8').toString('base64');
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

/** Rewrites every <Exercise …/> tag of a block of page HTML to carry its card. */
export function withCards(html: string, chapters: readonly ChapterExercises[], page: string): string {
  return html.replace(TAG, (_tag, attributes: string) => {
    const found = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1], m[2]]));
    if (!found.name) throw new Error(`<Exercise> on page ${page} has no name="…"`);
    const card = findCard(chapters, found.name, found.chapter, page);
    return `<Exercise name="${found.name}" card="${encodeCard(card)}" />`;
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
 * In `vitepress dev`, a saved stub or manifest changes the cards: load them again and recompile
 * the pages (the markdown cache is off in dev, see config.ts).
 */
export function exerciseCardsReload(reload: () => void, watched: readonly string[]): Plugin {
  return {
    name: 'nnfs:exercise-cards-reload',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add([...watched]);
      const onChange = (file: string) => {
        if (!watched.some((w) => file.startsWith(w))) return;
        try {
          reload();
        } catch (error) {
          server.config.logger.error(String(error));
          return;
        }
        for (const mod of server.moduleGraph.idToModuleMap.values()) if (mod.file?.endsWith('.md')) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
    },
  };
}
