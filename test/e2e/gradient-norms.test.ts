/**
 * Chapter 9's two widgets, on every built page that places them. <GradientNorms>: the bars are
 * lib's gradient norms (measureDeepNetwork run here, in the test process, for the same depth,
 * activation and initialisation), and the depth slider and the two selects change them by mouse
 * and by keyboard. <DropoutMasks>: the mask and the rescaled values are lib's Dropout at the shown
 * seed, and "New mask" and the keep-probability slider respond to mouse and keyboard. On the page:
 * the math renders, nothing is logged as an error, axe finds no serious violation in light and dark
 * mode, and both widgets fit a 360 px phone.
 */
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { measureDeepNetwork, type DeepActivation, type DeepInit } from '../../docs/.vitepress/theme/gradient-norms/deep-network.ts';
import { dropoutWithLib, FIRST_SEED } from '../../docs/.vitepress/theme/dropout-masks/useDropoutMasks.ts';
import { describeWidget, type SharedChecks } from './widget-harness.ts';
import { dropoutMasks, gradientNorms } from './widgets.ts';

/** The norms the bars carry, layer by layer (each bar's data-norm is the number itself). */
const barNorms = (widget: Locator) =>
  widget.locator('[data-testid="gn-bars"] rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-norm'))));
const libNorms = (depth: number, activation: DeepActivation, init: DeepInit) => measureDeepNetwork({ depth, activation, init }).norms;
/**
 * The bars' norms against lib's, one per layer. Chromium's Math.exp and Math.tanh and Node's may
 * differ in the last bit, and a saturated tanh (1 − a² with a near ±1) or thirty layers magnify
 * that: equal to a relative 1e-9, far below the two digits the widget prints and far above any
 * real difference (another depth, activation or initialisation changes the norms by whole factors).
 */
async function expectLibNorms(widget: Locator, depth: number, activation: DeepActivation, init: DeepInit): Promise<number[]> {
  const shown = await barNorms(widget);
  const expected = libNorms(depth, activation, init);
  expect(shown, `one bar per layer for depth ${depth}`).toHaveLength(expected.length);
  shown.forEach((v, l) => expect(Math.abs(v - expected[l]) / expected[l], `layer ${l + 1}: ${v} against lib's ${expected[l]}`).toBeLessThan(1e-9));
  return expected;
}

/** The grid of a dropout table: numbers (true minus signs read back) and which cells were kept. */
async function grid(table: Locator): Promise<{ values: number[][]; kept: number[][] }> {
  return table.locator('tbody tr').evaluateAll((trs) => {
    const cells = trs.map((tr) => Array.from(tr.querySelectorAll('td')));
    return {
      values: cells.map((row) => row.map((td) => Number((td.firstChild?.textContent ?? '').trim().replace(/−/g, '-')))),
      kept: cells.map((row) => row.map((td) => Number(td.getAttribute('data-kept') ?? 1))),
    };
  });
}
/** lib's output to the 4 significant digits the widget prints. */
const four = (rows: number[][]) => rows.map((row) => row.map((v) => Number(v.toPrecision(4))));

const checks: SharedChecks = {
  phone: {
    still: 'both still respond',
    responds: async ({ widgets: [norms] }) => {
      await norms.locator('[data-testid="gn-activation"]').selectOption('relu');
      await expectLibNorms(norms, 10, 'relu', 'xavier');
    },
  },
};

describeWidget([gradientNorms, dropoutMasks], checks, (w) => {
  const norms = () => w.widgets[0];
  const masks = () => w.widgets[1];

  test('the math renders, with no KaTeX errors', async () => {
    expect(await w.page.locator('.katex').count()).toBeGreaterThan(50);
    expect(await w.page.locator('.katex-error').count()).toBe(0);
  });

  test("starts at 10 sigmoid layers with Xavier weights, showing lib's norms, and announces them", async () => {
    await expectLibNorms(norms(), 10, 'sigmoid', 'xavier');
    const status = norms().locator('[data-testid="gn-status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.innerText()).toMatch(/^10 hidden layers, sigmoid, Xavier.*at layer 11 \(the output layer\)\. The first layer's is .* times smaller than the last's\.$/);
    // The text alternative lists one row per layer.
    await norms().locator('details summary').click();
    expect(await norms().locator('[data-testid="gn-table"] tbody tr').count()).toBe(11);
    // The first layer's bar is the lowest: the norms vanish towards the input.
    const heights = await norms().locator('[data-testid="gn-bars"] rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    expect(heights[0]).toBeLessThan(heights[10]);
  });

  test("the depth slider responds to the keyboard, and the bars follow lib's norms", async () => {
    const slider = norms().locator('[data-testid="gn-depth"]');
    await slider.focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await norms().locator('[data-testid="gn-depth-value"]').innerText()).toBe('11');
    await expectLibNorms(norms(), 11, 'sigmoid', 'xavier');
    await w.page.keyboard.press('Home');
    await expectLibNorms(norms(), 1, 'sigmoid', 'xavier');
    await w.page.keyboard.press('End');
    await expectLibNorms(norms(), 30, 'sigmoid', 'xavier');
    expect(await norms().locator('[data-testid="gn-status"]').innerText()).toMatch(/^30 hidden layers/);
  });

  test('the activation and initialisation respond to the mouse and the keyboard', async () => {
    await norms().locator('[data-testid="gn-activation"]').selectOption('relu');
    await norms().locator('[data-testid="gn-init"]').selectOption('he');
    const reluHe = await expectLibNorms(norms(), 10, 'relu', 'he');
    // With ReLU and He nothing vanishes: every layer within a factor of 3 of every other.
    expect(Math.max(...reluHe) / Math.min(...reluHe)).toBeLessThan(3);
    expect(await norms().locator('[data-testid="gn-status"]').innerText()).toMatch(/^10 hidden layers, ReLU, He/);

    await norms().locator('[data-testid="gn-init"]').focus();
    await w.page.keyboard.press('ArrowDown'); // he → normal
    expect(await norms().locator('[data-testid="gn-init"]').inputValue()).toBe('normal');
    await expectLibNorms(norms(), 10, 'relu', 'normal');
    await norms().locator('[data-testid="gn-activation"]').focus();
    await w.page.keyboard.press('ArrowUp'); // relu → tanh
    await expectLibNorms(norms(), 10, 'tanh', 'normal');
  });

  test('a click on the depth slider moves the depth, and the bars are lib\'s for it', async () => {
    const slider = norms().locator('[data-testid="gn-depth"]');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await slider.click({ position: { x: box.width * 0.9, y: box.height / 2 } });
    const depth = Number(await norms().locator('[data-testid="gn-depth-value"]').innerText());
    expect(depth).toBeGreaterThan(20);
    await expectLibNorms(norms(), depth, 'sigmoid', 'xavier');
    expect(await norms().locator('[data-testid="gn-bars"] rect').count()).toBe(depth + 1);
  });

  test("the dropout mask is lib's, and New mask draws the next one by mouse and keyboard", async () => {
    const output = masks().locator('[data-testid="dm-output"]');
    const first = dropoutWithLib(0.8, FIRST_SEED);
    expect(await grid(output)).toEqual({ values: four(first.output), kept: first.mask });
    expect(await masks().locator('[data-testid="dm-status"]').getAttribute('aria-live')).toBe('polite');

    await masks().locator('[data-testid="dm-new-mask"]').click();
    const second = dropoutWithLib(0.8, FIRST_SEED + 1);
    const shown = await grid(output);
    expect(shown).toEqual({ values: four(second.output), kept: second.mask });
    expect(shown.kept, 'a new mask differs from the first').not.toEqual(first.mask);
    expect(await masks().locator('[data-testid="dm-status"]').innerText()).toMatch(/^Mask 2 \(seed \d+\), keep probability 0\.8/);

    await masks().locator('[data-testid="dm-new-mask"]').focus();
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('Space');
    const fourth = dropoutWithLib(0.8, FIRST_SEED + 3);
    expect(await grid(output)).toEqual({ values: four(fourth.output), kept: fourth.mask });
    // The mean of the four outputs drawn so far, as lib gives them.
    const drawn = [0, 1, 2, 3].map((k) => dropoutWithLib(0.8, FIRST_SEED + k).output);
    const mean = drawn[0].map((row, i) => row.map((_, j) => drawn.reduce((s, o) => s + o[i][j], 0) / 4));
    expect((await grid(masks().locator('[data-testid="dm-mean"]'))).values).toEqual(four(mean));
  });

  test('the keep probability slider responds to the keyboard and rescales the kept values', async () => {
    await masks().locator('[data-testid="dm-keep"]').focus();
    await w.page.keyboard.press('ArrowLeft');
    await w.page.keyboard.press('ArrowLeft');
    expect(await masks().locator('[data-testid="dm-keep-value"]').innerText()).toBe('0.7');
    const expected = dropoutWithLib(0.7, FIRST_SEED);
    expect(await grid(masks().locator('[data-testid="dm-output"]'))).toEqual({ values: four(expected.output), kept: expected.mask });
    await w.page.keyboard.press('End');
    const all = await grid(masks().locator('[data-testid="dm-output"]'));
    expect(all.kept.flat().every((k) => k === 1), 'keep probability 1 keeps everything').toBe(true);
  });
});
