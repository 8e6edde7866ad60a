/**
 * Math at build time: `$…$` and `$$…$$` are rendered to HTML + MathML by KaTeX while the page is
 * compiled, so a page ships no math JavaScript. The CSS of the same katex package is imported by
 * the theme (theme/index.ts); we hand the plugin that package explicitly so the two can never be
 * different versions.
 *
 * A TeX error fails the build. The plugin's `throwOnError` option does not do that (it only
 * console.logs the error and still emits a red `katex-error` element), so instead every math
 * renderer is wrapped: if its output contains `katex-error`, we throw with the page and the TeX.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import katex from 'katex';
import katexModule, { type MarkdownKatexOptions } from '@vscode/markdown-it-katex';
import type { MarkdownRenderer } from 'vitepress';
import { escapeXml as escapeHtml } from './figures/escape.ts';
import { plainMath } from './heading-math.ts';
import { stringifiableMath } from './static-attributes.ts';
import { escapeVueInterpolation } from './vue-interpolation.ts';


// The package is CommonJS with `exports.default = plugin`: importing it from Node's ESM gives the
// exports object, importing it through a bundler may give the function itself. Its types are
// written against @types/markdown-it, VitePress bundles its own copy: same object, other type.
const markdownItKatex = ((katexModule as unknown as { default?: typeof katexModule }).default ??
  katexModule) as unknown as (md: MarkdownRenderer, options: MarkdownKatexOptions) => void;

/** The renderer rules the plugin registers (inline, display, and the $$ forms inside a line). */
const MATH_RULES = ['math_inline', 'math_inline_block', 'math_inline_bare_block', 'math_block'];
const KATEX_ERROR = /class="[^"]*\bkatex-error\b/;

export function katexMath(md: MarkdownRenderer): void {
  md.use(markdownItKatex, { katex });
  // Math inside a heading: marked here, rendered below with a plain reading for the outline.
  md.core.ruler.push('nnfs_heading_math', (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      for (const child of state.tokens[i + 1]?.children ?? []) {
        if (child.type === 'math_inline') child.meta = { ...child.meta, inHeading: true };
      }
    });
  });
  for (const name of MATH_RULES) {
    const render = md.renderer.rules[name];
    if (!render) continue;
    md.renderer.rules[name] = (tokens, idx, options, env, self) => {
      const html = render(tokens, idx, options, env, self);
      if (KATEX_ERROR.test(html)) {
        const tex = tokens[idx].content;
        const page = (env as { relativePath?: string }).relativePath ?? '(unknown page)';
        throw new Error(`KaTeX: cannot render the TeX on page ${page}: ${parseErrorOf(tex)}\n  TeX: ${tex}`);
      }
      if (tokens[idx].meta?.inHeading) {
        const tex = tokens[idx].content;
        let plain: string;
        try {
          plain = plainMath(tex);
        } catch (error) {
          const page = (env as { relativePath?: string }).relativePath ?? '(unknown page)';
          throw new Error(`heading math on page ${page}: ${(error as Error).message}\n  TeX: ${tex}`);
        }
        return escapeVueInterpolation(`<span class="ignore-header">${stringifiableMath(html)}</span><span class="nn-outline-text">${escapeHtml(plain)}</span>`);
      }
      return escapeVueInterpolation(stringifiableMath(html));
    };
  }
}

/** KaTeX's own message for TeX that fails to render (the plugin swallows it). */
function parseErrorOf(tex: string): string {
  try {
    katex.renderToString(tex, { throwOnError: true });
    return 'KaTeX reported an error';
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * A second net after the build: KaTeX output that did not come through the markdown renderer
 * (a component rendering math during SSR, say) is not seen by the wrapper above, so the built
 * HTML is scanned too. Throws naming each page and the offending TeX (KaTeX puts it in `title`).
 */
export async function assertNoKatexErrorsIn(outDir: string): Promise<void> {
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const problems: string[] = [];
  for (const page of pages) {
    const html = await readFile(join(outDir, page), 'utf8');
    for (const [element] of html.matchAll(/<[a-z]+ [^>]*class="[^"]*\bkatex-error\b[^>]*>/g)) {
      const title = /title="([^"]*)"/.exec(element)?.[1] ?? '(no TeX recorded)';
      problems.push(`${page}: ${title}`);
    }
  }
  if (problems.length > 0) throw new Error(`KaTeX errors in the built site:\n  ${problems.join('\n  ')}`);
}
