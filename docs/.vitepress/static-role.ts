/**
 * ARIA roles that cost no JavaScript. Vue compiles each page's HTML into a render function and
 * turns runs of static markup into strings (createStaticVNode), which VitePress strips from the
 * chunk a page loads first: static HTML ships no JavaScript. But Vue's stringifier only accepts
 * attribute names on its own lists, and those lists miss ARIA's `role`, so a single role="img"
 * makes a whole figure ship as JavaScript vnodes (7 KB gzipped on chapter 1's page).
 *
 * So markdown plugins write the attribute as `data-nnfs-role` (data-* attributes are accepted),
 * and this plugin renames it to `role` in every compiled page module, for the browser and for the
 * server-side render alike, so the HTML and what the client renders on navigation agree.
 */
import type { Plugin } from 'vite';

export const STATIC_ROLE_ATTRIBUTE = 'data-nnfs-role';

export function staticRoleAttribute(): Plugin {
  return {
    name: 'nnfs:static-role-attribute',
    enforce: 'post', // after @vitejs/plugin-vue has compiled the page's template
    transform(code, id) {
      if (!id.endsWith('.md') || !code.includes(STATIC_ROLE_ATTRIBUTE)) return null;
      return { code: code.replaceAll(STATIC_ROLE_ATTRIBUTE, 'role'), map: null };
    },
  };
}
