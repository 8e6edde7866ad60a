/**
 * SITE_WIDGETS_ONLY=1: a chapter page is its widgets alone, without its prose, math, figures and
 * exercise cards. For the dev-mode browser tests (test/e2e/dev-server.ts), which test what
 * `npm start` adds to the widgets (the "Use my code" switch, the digit pad's "your network") and
 * nothing else on the page: a whole chapter page (some 30,000 elements) costs the browser about
 * five seconds of CPU to load in dev, one per test. The built site's tests check every page whole,
 * its widgets included.
 */
import type { MarkdownRenderer } from 'vitepress';

/**
 * A widget as a page places it: a component's tag on a line of its own (`<BackpropStepper />`,
 * attributes allowed), other than an exercise's card (`<Exercise name="…" />`).
 */
const WIDGET = /^<(?!Exercise\b)[A-Z][A-Za-z]*(\s[^>]*)?\/>\s*$/;

/** A chapter's page by its file name ("07-backpropagation.md"), as the manifest names it. */
const CHAPTER_PAGE = /^\d\d-[\w-]+\.md$/;

export const widgetsOnlyMode = process.env.SITE_WIDGETS_ONLY === '1';

/** Replaces each chapter page's markdown, before any other rule reads it, by its widgets' lines. */
export function widgetsOnly(md: MarkdownRenderer): void {
  md.core.ruler.before('normalize', 'widgets-only', (state) => {
    if (!CHAPTER_PAGE.test((state.env as { relativePath?: string }).relativePath ?? '')) return;
    state.src = state.src
      .split('\n')
      .filter((line) => WIDGET.test(line))
      .join('\n\n');
  });
}
