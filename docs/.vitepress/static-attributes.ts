/**
 * Attributes that cost no JavaScript. Vue compiles each page's HTML into a render function and
 * turns runs of static markup into strings (createStaticVNode), which VitePress strips from the
 * chunk a page loads first: static HTML ships no JavaScript. But Vue's stringifier only accepts
 * attribute names on its own lists, and those lists miss ARIA's `role` and some of MathML's
 * (KaTeX writes minsize, rowspacing, columnalign, columnspacing, notation…). One such attribute
 * makes a whole figure or paragraph of math ship as JavaScript vnodes: a single role="img" cost
 * 7 KB gzipped on chapter 1's page.
 *
 * So markdown plugins write such an attribute as `data-nnfs-static-<name>` (data-* attributes are
 * accepted), and this plugin renames it to `<name>` in every compiled page module, for the browser
 * and for the server-side render alike, so the HTML and what the client renders on navigation agree.
 */
import { isKnownMathMLAttr } from '@vue/shared';
import type { Plugin } from 'vite';

const PREFIX = 'data-nnfs-static-';

/** How a markdown plugin writes attribute `name` so that Vue keeps the element static. */
export const staticAttribute = (name: string) => `${PREFIX}${name}`;

export const STATIC_ROLE_ATTRIBUTE = staticAttribute('role');

const MATHML_TAG = /<(math|semantics|annotation|none|m[a-z]+)(\s[^>]*)?>/g;

/** KaTeX output with every MathML attribute Vue would not stringify written as a static attribute. */
export function stringifiableMath(html: string): string {
  return html.replace(MATHML_TAG, (tag: string, name: string, attributes: string | undefined) =>
    attributes === undefined
      ? tag
      : `<${name}${attributes.replace(/\s([a-zA-Z][a-zA-Z-]*)=/g, (found: string, attribute: string) =>
          isKnownMathMLAttr(attribute) || /^(data|aria)-/.test(attribute) ? found : ` ${staticAttribute(attribute)}=`,
        )}>`,
  );
}

export function staticAttributes(): Plugin {
  return {
    name: 'nnfs:static-attributes',
    enforce: 'post', // after @vitejs/plugin-vue has compiled the page's template
    transform(code, id) {
      if (!id.endsWith('.md') || !code.includes(PREFIX)) return null;
      return { code: code.replaceAll(PREFIX, ''), map: null };
    },
  };
}
