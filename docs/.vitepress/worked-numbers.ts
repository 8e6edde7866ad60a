/**
 * Worked numbers: `@{key}` in a page's markdown is replaced, before markdown-it parses anything,
 * by `worked[key]`, the default export of docs/worked/<page-basename>.ts. Because the text is
 * rewritten before parsing, a placeholder works everywhere: in prose, in tables, inside $…$ and
 * $$…$$ math (KaTeX sees the number) and in code blocks.
 *
 *   - `@@{key}` prints a literal `@{key}` (for pages that explain the syntax).
 *   - An unknown key, a malformed placeholder, or `@{` on a page without a worked module throws,
 *     naming the page and the key, which fails `vitepress build`.
 *
 * Numbers are printed by formatWorkedNumber (format-worked-number.ts): at most 6 significant digits, trailing zeros trimmed,
 * -0 printed as 0, and never exponent notation: 0.30000000000000004 prints as 0.3,
 * 1e-7 as 0.0000001 and 1234567 as 1234570. Plain decimals read the same in prose and in TeX,
 * where "1e-7" would be typeset as a product. NaN and infinities throw: a worked example that
 * produces one is a bug in the example. Strings are inserted verbatim (they may hold TeX).
 */
import { basename } from 'node:path';
import type { MarkdownRenderer } from 'vitepress';
import { formatWorkedNumber } from './format-worked-number.ts';
import type { WorkedValues } from './worked-modules.ts';

/** What the markdown environment tells us about the page being rendered. */
interface PageEnv {
  path?: string;
  relativePath?: string;
}

export interface WorkedNumbersOptions {
  /** The worked values of a page basename ("01-perceptron"), or undefined if it has none. */
  valuesFor: (page: string) => WorkedValues | undefined;
}

// `@@{…}` (escaped) or `@{…}`; the key itself is validated separately so a typo such as
// `@{eta` or `@{ eta }` is reported instead of being left on the page.
const PLACEHOLDER = /(@?)@\{([^}\n]*)(\}?)/g;
const KEY = /^[A-Za-z_][\w.-]*$/;

/**
 * `src` with every placeholder replaced. `pagePath` is the page's path, for messages
 * ("01-perceptron.md"); its basename names the worked module.
 */
export function substituteWorkedNumbers(src: string, pagePath: string, valuesFor: WorkedNumbersOptions['valuesFor']): string {
  if (!src.includes('@{')) return src;
  const page = basename(pagePath, '.md');
  return src.replace(PLACEHOLDER, (match, escape: string, key: string, close: string) => {
    if (escape) return match.slice(1);
    const where = `page ${pagePath}, placeholder ${match}`;
    if (!close || !KEY.test(key)) {
      throw new Error(`worked numbers: malformed placeholder on ${where}: write @{key} with a key such as @{workedZ}`);
    }
    const values = valuesFor(page);
    if (!values) {
      throw new Error(`worked numbers: ${where}, but there is no docs/worked/${page}.ts to take "${key}" from`);
    }
    if (!Object.hasOwn(values, key)) {
      throw new Error(`worked numbers: unknown key "${key}" on page ${pagePath}: docs/worked/${page}.ts exports no such key`);
    }
    const value = values[key];
    if (typeof value === 'string') return value;
    try {
      return formatWorkedNumber(value);
    } catch (error) {
      throw new Error(`worked numbers: key "${key}" of docs/worked/${page}.ts on page ${pagePath}: ${(error as Error).message}`);
    }
  });
}

/** The markdown-it plugin: a core rule that rewrites the source before 'normalize' runs. */
export function workedNumbers(md: MarkdownRenderer, { valuesFor }: WorkedNumbersOptions): void {
  md.core.ruler.before('normalize', 'worked_numbers', (state) => {
    const env = state.env as PageEnv;
    const file = env.relativePath ?? env.path;
    if (!file) return;
    state.src = substituteWorkedNumbers(state.src, file, valuesFor);
  });
}
