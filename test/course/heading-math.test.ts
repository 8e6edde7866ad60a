/**
 * Math in a heading reaches the page outline as plain text: KaTeX's markup is left out of it
 * (ignore-header) and a hidden plain reading stands in, so "On this page" says "1 − βᵗ", not
 * "1−βt1 - \beta^t". A command without a plain reading fails the build, naming it.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress';
import { plainMath } from '../../docs/.vitepress/heading-math.ts';
import { katexMath } from '../../docs/.vitepress/katex.ts';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));
let md: MarkdownRenderer;
beforeAll(async () => {
  md = await createMarkdownRenderer(docsDir, { config: katexMath });
});

describe('plainMath', () => {
  test.each([
    ['1 - \\beta^t', '1 − βᵗ'],
    ['dW = \\frac{1}{m}\\, dZ\\, A^\\top', 'dW = 1/m dZ Aᵀ'],
    ["dZ^{[1]} = W^{[2]\\top} dZ^{[2]} \\odot g'(Z^{[1]})", "dZ[1] = W[2]ᵀ dZ[2] ⊙ g'(Z[1])"],
    ['\\hat{\\mathbf{y}} - \\mathbf{y}', 'ŷ − y'],
  ])('%s reads %s', (tex, plain) => {
    expect(plainMath(tex)).toBe(plain);
  });

  test('a command it cannot read is an error that names it', () => {
    expect(() => plainMath('\\mathcal{L}')).toThrow('no plain-text reading for \\mathcal');
  });
});

describe('math in a heading', () => {
  test("is KaTeX's markup marked ignore-header, then the plain reading, hidden", () => {
    const html = md.render('### Why divide by $1 - \\beta^t$ {#bias-correction}\n', { relativePath: 'page.md' });
    expect(html).toMatch(/<h3 id="bias-correction"[^>]*>Why divide by <span class="ignore-header"><span class="katex">/);
    expect(html).toContain('<span class="nn-outline-text">1 − βᵗ</span>');
  });

  test('outside a heading, math is rendered as before', () => {
    const html = md.render('A sentence with $1 - \\beta^t$.\n', { relativePath: 'page.md' });
    expect(html).not.toContain('ignore-header');
    expect(html).not.toContain('nn-outline-text');
  });

  test('a heading whose math has no plain reading fails, naming the page', () => {
    expect(() => md.render('## About $\\mathcal{L}$\n', { relativePath: 'page.md' })).toThrow(/heading math on page page\.md: no plain-text reading for \\mathcal/);
  });
});
