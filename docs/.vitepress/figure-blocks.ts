/**
 * Figures in markdown: a line `@figure{key}`, alone on its line, becomes figure `key` of the page's
 * figure module, docs/figures/<page-basename>.ts (see figure-modules.ts):
 *
 *   <figure class="nnfs-figure" id="figure-key">
 *     <svg … aria-labelledby="…"><title>Figure N</title><desc>alt</desc>…</svg>
 *     <figcaption><span class="nnfs-figure-number">Figure N.</span> caption</figcaption>
 *   </figure>
 *
 * A figure of several panels puts them in <div class="nnfs-figure-panels" role="img"
 * aria-label="Figure N: alt">, which the page's CSS wraps onto rows on a narrow screen. Figures are
 * numbered in the order they appear on the page. The caption is rendered as inline markdown, so
 * $…$ math goes through KaTeX (and a TeX error fails the build there). Plain HTML and SVG in the
 * page: no JavaScript. (The role is written as data-nnfs-static-role and renamed in the compiled
 * page, see static-attributes.ts: a literal role attribute would make Vue ship the figure as JavaScript.)
 *
 * Why a block of its own rather than a placeholder like `@{key}`: a figure is a block (it cannot
 * sit inside a sentence or a table cell), and as a markdown-it block rule it works wherever blocks
 * do (in `::: details`, in a list item) while `@figure{key}` inside code stays literal, so a page
 * can show the syntax without an escape.
 *
 * The build fails, naming the page, on: a key the page's module does not have, `@figure` on a
 * page without a figure module, a malformed `@figure` line, `@figure{…}` inside a paragraph, and
 * the same figure placed twice on one page.
 */
import { basename } from 'node:path';
import type { MarkdownRenderer } from 'vitepress';
import { FIGURE_KEY } from './figure-modules.ts';
import { checkSvg } from './figures/check-svg.ts';
import { escapeXml } from './figures/escape.ts';
import type { Figure, Figures } from './figures/figure.ts';
import { STATIC_ROLE_ATTRIBUTE } from './static-attributes.ts';
import { escapeVueInterpolation } from './vue-interpolation.ts';
import { rejectLostBackslashes } from './lost-backslashes.ts';

export interface FigureBlocksOptions {
  /** The figures of a page basename ("01-perceptron"), or undefined if it has no figure module. */
  figuresFor: (page: string) => Figures | undefined;
}

interface PageEnv {
  relativePath?: string;
  path?: string;
}

interface PlacedFigure {
  key: string;
  figure: Figure;
  number: number;
}

const TOKEN = 'nnfs_figure';
const FIGURE_LINE = /^@figure\{([^}\n]*)\}[ \t]*$/;
const FIGURE_MENTION = /@figure\b/;

const pageOf = (env: PageEnv): string => env.relativePath ?? env.path ?? '(unknown page)';

export function figureBlocks(md: MarkdownRenderer, { figuresFor }: FigureBlocksOptions): void {
  // A line starting with "@figure". It may end a paragraph, so no blank line is needed before it.
  md.block.ruler.before(
    'paragraph',
    TOKEN,
    (state, startLine, _endLine, silent) => {
      if (state.sCount[startLine] - state.blkIndent >= 4) return false; // indented code
      const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]);
      if (!line.startsWith('@figure')) return false;
      const key = FIGURE_LINE.exec(line)?.[1];
      if (key === undefined || !FIGURE_KEY.test(key)) {
        throw new Error(`figures: malformed line "${line}" on page ${pageOf(state.env)}: write @figure{key} alone on its line, with a key such as @figure{gates}`);
      }
      if (silent) return true;
      const token = state.push(TOKEN, 'figure', 0);
      token.info = key;
      token.map = [startLine, startLine + 1];
      state.line = startLine + 1;
      return true;
    },
    { alt: ['paragraph'] },
  );

  // Number the page's figures in order and find each one, so a bad key fails before rendering.
  md.core.ruler.after('block', 'nnfs_figure_numbers', (state) => {
    const figures = state.tokens.filter((t) => t.type === TOKEN);
    if (figures.length === 0) return;
    const pagePath = pageOf(state.env);
    const page = basename(pagePath, '.md');
    const module = figuresFor(page);
    if (!module) throw new Error(`figures: page ${pagePath} places @figure{${figures[0].info}}, but there is no docs/figures/${page}.ts to take it from`);
    const placed = new Set<string>();
    figures.forEach((token, i) => {
      const key = token.info;
      if (!Object.hasOwn(module, key)) {
        const known = Object.keys(module).join(', ') || 'none';
        throw new Error(`figures: unknown figure "${key}" on page ${pagePath}: docs/figures/${page}.ts has ${known}`);
      }
      if (placed.has(key)) throw new Error(`figures: page ${pagePath} places @figure{${key}} twice; a figure has one place (and one id)`);
      placed.add(key);
      token.meta = { key, figure: module[key], number: i + 1 } satisfies PlacedFigure;
    });
  });

  // `@figure` left in running text is a figure that was not recognised: say so instead of printing it.
  md.core.ruler.after('inline', 'nnfs_figure_strays', (state) => {
    for (const token of state.tokens) {
      const stray = token.children?.find((child) => child.type === 'text' && FIGURE_MENTION.test(child.content));
      if (stray) {
        throw new Error(`figures: "${stray.content.trim()}" on page ${pageOf(state.env)}: a figure is placed by a line @figure{key} on its own, not inside a sentence (in prose about the syntax, put it in \`code\`)`);
      }
    }
  });

  md.renderer.rules[TOKEN] = (tokens, idx, _options, env) => {
    const { key, figure, number } = tokens[idx].meta as PlacedFigure;
    rejectLostBackslashes(figure.caption, `figures: the caption of ${key} on page ${pageOf(env)}`);
    rejectLostBackslashes(figure.alt, `figures: the text alternative of ${key} on page ${pageOf(env)}`);
    return escapeVueInterpolation(renderFigure(key, figure, number, md.renderInline(figure.caption, env)));
  };
}

/** The HTML of figure number `number` of its page, with the caption already rendered. */
function renderFigure(key: string, figure: Figure, number: number, captionHtml: string): string {
  const id = `figure-${key}`;
  const name = `Figure ${number}`;
  let drawing: string;
  if (typeof figure.svg === 'string') {
    drawing = figure.svg.replace(
      /^<svg\b([^>]*)>/,
      (_, attributes: string) =>
        `<svg${attributes} ${STATIC_ROLE_ATTRIBUTE}="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${name}</title><desc id="${id}-desc">${escapeXml(figure.alt)}</desc>`,
    );
    checkSvg(drawing);
  } else {
    // One image made of several drawings: the group is the image, its panels are its parts.
    const panels = figure.svg.map((panel) => panel.replace(/^<svg\b/, '<svg aria-hidden="true"'));
    panels.forEach(checkSvg);
    drawing = `<div class="nnfs-figure-panels" ${STATIC_ROLE_ATTRIBUTE}="img" aria-label="${escapeXml(`${name}: ${figure.alt}`)}">${panels.join('')}</div>`;
  }
  return `<figure class="nnfs-figure" id="${id}">${drawing}<figcaption><span class="nnfs-figure-number">${name}.</span> ${captionHtml}</figcaption></figure>\n`;
}
