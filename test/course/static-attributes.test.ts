/**
 * Static markup ships no JavaScript only if Vue's compiler can turn it into a string: an attribute
 * missing from Vue's lists (ARIA's role, KaTeX's minsize, rowspacing, columnalign, columnspacing,
 * notation) makes the whole paragraph or figure ship as vnodes. Such attributes are written as
 * data-nnfs-static-<name> and renamed in the compiled page (docs/.vitepress/static-attributes.ts).
 */
import { compileTemplate } from '@vue/compiler-sfc';
import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { STATIC_ROLE_ATTRIBUTE, staticAttributes, stringifiableMath } from '../../docs/.vitepress/static-attributes.ts';

/** Whether Vue compiles `html` (beside a component, as on a page with a widget) into a static string. */
function staysStatic(html: string): boolean {
  const { code } = compileTemplate({ source: `<div>${html}<SomeWidget /></div>`, filename: 'page.vue', id: 'page' });
  return code.includes('createStaticVNode');
}

describe('KaTeX output', () => {
  // Sized delimiters (minsize), an aligned block (rowspacing, columnalign, columnspacing) and a box (notation).
  const tex = ['\\Big( \\frac{a}{b} \\Big)', '\\begin{aligned} x &= 1 \\\\ y &= 2 \\end{aligned}', '\\boxed{\\delta = 0}'];

  test.each(tex)('%s ships as JavaScript as KaTeX writes it, and as a static string once its attributes are renamed', (source) => {
    const html = `<p>${katex.renderToString(source, { displayMode: true })}</p>`;
    expect(staysStatic(html)).toBe(false);
    const renamed = stringifiableMath(html);
    expect(staysStatic(renamed)).toBe(true);
    // Renamed back in the compiled page: the HTML the browser gets is KaTeX's own.
    const plugin = staticAttributes();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform(renamed, '/docs/07-backpropagation.md')?.code).toBe(html);
  });
});

describe('the role attribute', () => {
  const plugin = staticAttributes();
  const transform = (code: string, id: string) => (plugin.transform as (code: string, id: string) => { code: string } | null)(code, id)?.code ?? null;

  test(`is written ${STATIC_ROLE_ATTRIBUTE} for Vue and renamed to role in compiled pages only`, () => {
    expect(staysStatic('<svg role="img"><title>t</title></svg>'.repeat(6))).toBe(false);
    expect(staysStatic(`<svg ${STATIC_ROLE_ATTRIBUTE}="img"><title>t</title></svg>`.repeat(6))).toBe(true);
    expect(transform(`n('<svg ${STATIC_ROLE_ATTRIBUTE}="img">')`, '/docs/01-perceptron.md')).toBe(`n('<svg role="img">')`);
    expect(transform(`{"${STATIC_ROLE_ATTRIBUTE}":"img"}`, '/docs/01-perceptron.md')).toBe('{"role":"img"}');
    expect(transform(`"${STATIC_ROLE_ATTRIBUTE}"`, '/docs/.vitepress/theme/index.ts')).toBeNull();
  });
});
