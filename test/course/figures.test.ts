/**
 * The figure mechanism: `@figure{key}` in a page becomes an inline, accessible SVG figure from the
 * page's figure module, and everything that would print a broken figure fails instead (as a TeX
 * error does): an unknown key, a page without a figure module, a malformed or misplaced line, a
 * missing caption or text alternative, a NaN or an infinity, markup that is not well-formed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress';
import { figureBlocks } from '../../docs/.vitepress/figure-blocks.ts';
import { checkFigures, figureModules } from '../../docs/.vitepress/figure-modules.ts';
import { arrow } from '../../docs/.vitepress/figures/arrow.ts';
import { checkSvg } from '../../docs/.vitepress/figures/check-svg.ts';
import { levelCurves } from '../../docs/.vitepress/figures/contours.ts';
import { el, svgRoot, svgText } from '../../docs/.vitepress/figures/element.ts';
import type { Figures } from '../../docs/.vitepress/figures/figure.ts';
import { Graph } from '../../docs/.vitepress/figures/graph.ts';
import { Plane } from '../../docs/.vitepress/figures/plane.ts';
import { katexMath } from '../../docs/.vitepress/katex.ts';
import { STATIC_ROLE_ATTRIBUTE } from '../../docs/.vitepress/static-attributes.ts';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));

const drawing = svgRoot(100, 50, el('circle', { cx: 10, cy: 10, r: 5 }));
const figures: Figures = {
  demo: { svg: drawing, caption: 'A *circle* where $x_1 = 10$.', alt: 'A circle near the top left corner.' },
  second: { svg: drawing, caption: 'The same circle again.', alt: 'The circle once more.' },
  panels: { svg: [drawing, drawing], caption: 'Two panels.', alt: 'Two circles side by side.' },
  braces: { svg: drawing, caption: 'Vue must not see {{ braces }}.', alt: 'A circle.' },
};
const brokenFigures: Figures = {
  bad: { svg: drawing, caption: 'Broken $\\frac{1$ math.', alt: 'A circle.' },
  // As a JavaScript string eats them: "\t" became a tab, "\m" an m.
  tab: { svg: drawing, caption: 'A layer $h = \tanh(Wx)$.', alt: 'A circle.' },
  bare: { svg: drawing, caption: 'A vector $\mathbf{h}$.', alt: 'A circle.' },
};
const modules: Record<string, Figures> = { page: figures, broken: brokenFigures };

let md: MarkdownRenderer;
beforeAll(async () => {
  md = await createMarkdownRenderer(docsDir, {
    config(renderer) {
      katexMath(renderer);
      figureBlocks(renderer, { figuresFor: (page) => modules[page] });
    },
  });
});

const render = (src: string, page = 'page.md'): string => md.render(src, { relativePath: page });

describe('@figure{key} in markdown', () => {
  test('becomes a numbered <figure> with the SVG, its accessible name and description, and a caption', () => {
    const html = render('Text before.\n\n@figure{demo}\n\nText after.\n');
    expect(html).toContain('<figure class="nnfs-figure" id="figure-demo">');
    expect(html).toContain(`<svg xmlns="http://www.w3.org/2000/svg" class="fig" width="100" height="50" viewBox="0 0 100 50" ${STATIC_ROLE_ATTRIBUTE}="img" aria-labelledby="figure-demo-title figure-demo-desc">`);
    expect(html).toContain('<title id="figure-demo-title">Figure 1</title><desc id="figure-demo-desc">A circle near the top left corner.</desc>');
    const caption = /<figcaption>([\s\S]*)<\/figcaption>/.exec(html)![1];
    expect(caption).toMatch(/^<span class="nnfs-figure-number">Figure 1\.<\/span> A <em>circle<\/em> where <span class="katex">/);
    expect(html).toMatch(/<p>Text before\.<\/p>\n<figure[\s\S]*<\/figure>\n<p>Text after\.<\/p>/);
    checkSvg(/<svg[\s\S]*<\/svg>/.exec(html)![0]);
  });

  test('figures are numbered in the order they appear, inside containers too, and can end a paragraph', () => {
    const html = render('@figure{second}\n\n::: details More\nA line of text\n@figure{demo}\n:::\n');
    expect([...html.matchAll(/<title id="figure-(\w+)-title">Figure (\d)</g)].map((m) => [m[1], m[2]])).toEqual([['second', '1'], ['demo', '2']]);
    expect(html).toContain('<p>A line of text</p>\n<figure');
  });

  test('panels are one image, named by the alt text, and each panel is hidden from assistive technology', () => {
    const html = render('@figure{panels}\n');
    expect(html).toContain(`<div class="nnfs-figure-panels" ${STATIC_ROLE_ATTRIBUTE}="img" aria-label="Figure 1: Two circles side by side.">`);
    expect(html.match(/<svg aria-hidden="true" xmlns/g)).toHaveLength(2);
  });

  test('double braces cannot open a Vue interpolation', () => {
    expect(render('@figure{braces}\n')).toContain('Vue must not see &#123;&#123; braces &#125;&#125;.');
  });

  test('@figure{…} in code stays literal, so a page can show the syntax', () => {
    const html = render('Write `@figure{demo}` on a line of its own:\n\n```md\n@figure{demo}\n```\n', 'guide.md');
    expect(html).not.toContain('<figure');
    expect(html).toContain('<code>@figure{demo}</code>');
  });

  test.each([
    ['an unknown key', '@figure{nope}\n', 'page.md', /unknown figure "nope" on page page\.md: docs\/figures\/page\.ts has demo, second, panels, braces/],
    ['a page without a figure module', '@figure{demo}\n', 'guide.md', /page guide\.md places @figure\{demo\}, but there is no docs\/figures\/guide\.ts/],
    ['a missing brace', '@figure{demo\n', 'page.md', /malformed line "@figure\{demo" on page page\.md/],
    ['text after the figure', '@figure{demo} and more\n', 'page.md', /malformed line "@figure\{demo\} and more"/],
    ['a key that cannot be an id', '@figure{two words}\n', 'page.md', /malformed line/],
    ['a figure inside a sentence', 'As @figure{demo} shows.\n', 'page.md', /"As @figure\{demo\} shows\." on page page\.md: a figure is placed by a line @figure\{key\} on its own/],
    ['the same figure twice', '@figure{demo}\n\n@figure{demo}\n', 'page.md', /places @figure\{demo\} twice/],
  ])('%s fails, naming the page', (_, src, page, message) => {
    expect(() => render(src, page)).toThrow(message);
  });

  test('a TeX error in a caption fails as it does in the page', () => {
    expect(() => render('@figure{bad}\n', 'broken.md')).toThrow(/KaTeX: cannot render the TeX on page broken\.md/);
  });

  test('TeX that lost its backslashes in a JavaScript string fails, naming the figure (KaTeX would print it as letters)', () => {
    expect(() => render('@figure{tab}\n', 'broken.md')).toThrow(/the caption of tab on page broken\.md: holds the control character U\+0009/);
    expect(() => render('@figure{bare}\n', 'broken.md')).toThrow(/the caption of bare on page broken\.md: the math "mathbf\{h\}" has "mathbf" without its backslash/);
  });
});

describe('a figure module is checked as it loads', () => {
  const good = { svg: drawing, caption: 'A caption.', alt: 'A circle.' };
  const check = (figure: unknown, key = 'fig') => () => checkFigures({ [key]: figure }, 'docs/figures/page.ts');

  test('a complete figure passes, as do panels', () => {
    expect(check(good)).not.toThrow();
    expect(check({ ...good, svg: [drawing, drawing] })).not.toThrow();
  });

  test.each([
    ['no caption', { svg: drawing, alt: 'A circle.' }, /figure "fig": caption is missing or empty/],
    ['an empty alt', { ...good, alt: '  ' }, /alt is missing or empty/],
    ['TeX in the alt', { ...good, alt: 'The point $x$.' }, /alt is read aloud as plain text/],
    ['no svg', { caption: 'A caption.', alt: 'A circle.' }, /svg must be an <svg> element/],
    ['no panels', { ...good, svg: [] }, /svg must be an <svg> element/],
    ['NaN in a coordinate', { ...good, svg: '<svg viewBox="0 0 10 10"><circle cx="NaN" cy="1" r="1"/></svg>' }, /contains NaN near ".*<circle cx="NaN"/],
    ['an infinity in a path', { ...good, svg: '<svg viewBox="0 0 10 10"><path d="M0,0L1,Infinity"/></svg>' }, /contains Infinity/],
    ['an unclosed element', { ...good, svg: '<svg viewBox="0 0 10 10"><g><circle r="1"/></svg>' }, /<\/svg> closes <g>/],
    ['an element never closed', { ...good, svg: '<svg viewBox="0 0 10 10"><g>' }, /<g> is never closed/],
    ['a stray <', { ...good, svg: '<svg viewBox="0 0 10 10"><text>a < b</text></svg>' }, /cannot read the markup/],
    ['a bare &', { ...good, svg: '<svg viewBox="0 0 10 10"><text>a & b</text></svg>' }, /bare "&"/],
    ['an unquoted attribute', { ...good, svg: '<svg viewBox="0 0 10 10"><circle r=1/></svg>' }, /cannot read the markup/],
    ['a repeated attribute', { ...good, svg: '<svg viewBox="0 0 10 10"><circle r="1" r="2"/></svg>' }, /<circle> has the attribute r twice/],
    ['two root elements', { ...good, svg: `${drawing}${drawing}` }, /more than one root element/],
    ['a root that is not <svg>', { ...good, svg: '<g viewBox="0 0 1 1"></g>' }, /root element is <g>, not <svg>/],
    ['no viewBox', { ...good, svg: '<svg width="10" height="10"></svg>' }, /needs viewBox="x y width height".*got none/],
    ['a viewBox of no size', { ...good, svg: '<svg viewBox="0 0 0 10"></svg>' }, /needs viewBox/],
    ['text outside the root', { ...good, svg: `${drawing} trailing` }, /text outside its root element/],
    ['a role of its own', { ...good, svg: '<svg viewBox="0 0 1 1" role="img"></svg>' }, /the <svg> sets role, which the page sets from the alt text/],
    ['an accessible name of its own', { ...good, svg: [drawing, '<svg aria-label="x" viewBox="0 0 1 1"></svg>'] }, /panel 2: the <svg> sets aria-label/],
  ])('%s fails, naming the file and the figure', (_, figure, message) => {
    expect(check(figure)).toThrow(/figures: docs\/figures\/page\.ts, figure "fig"/);
    expect(check(figure)).toThrow(message);
  });

  test('a key must be able to become an HTML id', () => {
    expect(check(good, 'two words')).toThrow(/a key is a letter followed by/);
    expect(() => checkFigures([good], 'docs/figures/page.ts')).toThrow(/must export default a record of figures/);
  });

  test('the drawing kit refuses to write a number that is not finite, naming the attribute', () => {
    expect(() => el('circle', { cx: Number.NaN })).toThrow('figure: <circle> cx is NaN, not a finite number');
    expect(() => svgRoot(Infinity, 10)).toThrow(/not a finite number/);
    expect(() => arrow([1, 1], [1, 1], 'fig-vector-a')).toThrow(/has no direction/);
  });

  test('the drawing kit escapes text and attribute values, and rounds numbers to a hundredth of a pixel', () => {
    expect(svgText([1 / 3, -0.001], 'a < b & "c"', { class: 'x"y' })).toBe('<text x="0.33" y="0" class="x&quot;y">a &lt; b &amp; &quot;c&quot;</text>');
  });
});

describe('the drawing kit', () => {
  test('a plane has the same pixels per unit on both axes and puts x₂ up', () => {
    const plane = new Plane({ x: [-1, 3], y: [0, 2], unit: 50, margin: { top: 5, right: 5, bottom: 5, left: 5 } });
    expect([plane.width, plane.height]).toEqual([210, 110]);
    expect(plane.at([0, 0])).toEqual([55, 105]);
    expect(plane.at([1, 1])).toEqual([105, 55]);
  });

  test('an arrow ends exactly at its target, its head pointing along it', () => {
    const markup = arrow([0, 0], [100, 0], 'fig-vector-a', 10);
    const head = /<path d="M([\d.]+),([\d.-]+)L([\d.]+),([\d.-]+)L([\d.]+),([\d.-]+)Z"/.exec(markup)!.slice(1).map(Number);
    expect(head).toEqual([100, 0, 90, 4.5, 90, -4.5]);
  });

  test('lines and half-planes are clipped to the plot, and a line that misses it is an error', () => {
    const plane = new Plane({ x: [0, 1], y: [0, 1], unit: 100 });
    expect(plane.line([1, 1], -1, 'fig-boundary')).toBe('<line class="fig-boundary" x1="110" y1="110" x2="10" y2="10"/>');
    expect(plane.halfPlane([1, 1], -1)).toMatch(/^<path class="fig-area fig-positive" d="M[^"]+Z"\/>$/);
    expect(() => plane.line([1, 1], -5, 'fig-boundary')).toThrow(/does not cross the plot/);
  });

  test('a level curve is traced as one closed polyline on the level, and a level out of reach draws nothing', () => {
    const circle = levelCurves((p) => p[0] ** 2 + p[1] ** 2, 1, { x: [-2, 2], y: [-1.5, 1.5], cells: [40, 30] });
    expect(circle).toHaveLength(1);
    const [curve] = circle;
    expect(curve[0]).toEqual(curve.at(-1));
    // Linear interpolation on cells 0.1 wide puts every point within 0.01 of the unit circle.
    for (const p of curve) expect(Math.abs(Math.hypot(p[0], p[1]) - 1)).toBeLessThan(0.01);
    expect(levelCurves((p) => p[0] ** 2 + p[1] ** 2, 100, { x: [-2, 2], y: [-1.5, 1.5], cells: [40, 30] })).toEqual([]);
    // A saddle x₁x₂ = 0.5 has two branches, which stay two curves.
    expect(levelCurves((p) => p[0] * p[1], 0.5, { x: [-2, 2], y: [-2, 2], cells: [40, 40] })).toHaveLength(2);
    expect(() => levelCurves(() => Number.NaN, 0, { x: [0, 1], y: [0, 1], cells: [2, 2] })).toThrow(/contours: f is NaN/);
  });

  test('a curve is cut at a jump, even when a sample falls exactly on it', () => {
    // 4 samples on [-1, 1] put one at z = 0, where the step jumps: no segment may cross it.
    const graph = new Graph({ z: [-1, 1], y: [-0.5, 1.5], width: 100, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
    const d = /d="([^"]+)"/.exec(graph.curve((z) => (z > 0 ? 1 : z < 0 ? 0 : 0.5), 'fig-series-2', { jumps: [0], samples: 4 }))![1];
    const pieces = d.split('M').filter(Boolean).map((piece) => piece.split('L').map((point) => point.split(',').map(Number)));
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) expect(new Set(piece.map(([, y]) => y)).size).toBe(1);
  });
});

describe("the course's figure modules", () => {
  // Whether every page's figures exist and their captions keep their backslashes is the site
  // build's to prove (figure-blocks.ts fails it on an unknown key or a lost backslash, and verify
  // builds every page): loading every module here as well ran every page's figures twice, seconds
  // of CPU on the lane beside the build. Here: how modules load, on chapter 1's.
  test('load a page\'s module, whose figures the page places; a change to lib/ reloads them in dev', async () => {
    const modules = await figureModules(`${docsDir}figures`).loadAll(['01-perceptron']);
    const placed = [...readFileSync(`${docsDir}01-perceptron.md`, 'utf8').matchAll(/^@figure\{([^}]*)\}\s*$/gm)].map((m) => m[1]);
    // Chapter 1 places at least four figures.
    expect(placed.length).toBeGreaterThanOrEqual(4);
    for (const key of placed) expect(Object.keys(modules.get('01-perceptron')!), `@figure{${key}} on 01-perceptron.md`).toContain(key);
    expect(modules.pagesUsing(fileURLToPath(new URL('../../lib/perceptron.ts', import.meta.url)))).toContain('01-perceptron');
    expect(modules.owns(`${docsDir}figures/01-perceptron.ts`)).toBe(true);
    expect(modules.owns(`${docsDir}worked/01-perceptron.ts`)).toBe(false);
  });
});
