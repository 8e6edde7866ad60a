/**
 * The network-diagram widget, on every built page that places <NetworkDiagram />: its page renders
 * its math with no KaTeX error; editing x₁, x₂, x₃ with the mouse and with the keyboard changes
 * every unit's z and a to what lib computes (the forward pass run here, in the test process, with
 * lib's matmul, addBias and activate); stepping shows each layer only once it has run; nothing is
 * logged as an error; axe finds nothing serious in light and dark mode; it fits a 360 px phone.
 */
import { expect, test } from 'vitest';
import { Matrix } from '../../lib/matrix.ts';
import { EXAMPLES, NETWORK, SIZES, forwardPass } from '../../docs/.vitepress/theme/network-diagram/network.ts';
import { describeWidget, tableRows, textsOutside, type SharedChecks } from './widget-harness.ts';
import { networkDiagram } from './widgets.ts';

const LAYERS = NETWORK.layers.length;
const START = [...EXAMPLES[0]];

/** lib's forward pass for one example: every layer's z and a, as lists. */
function lib(x: readonly number[]) {
  return forwardPass(NETWORK, Matrix.column(x)).map(({ Z, A }) => ({ z: Z.column(0), a: A.column(0) }));
}

/** A number as the diagram and the status print it: 3 decimals, a true minus sign, no "−0". */
const fmt3 = (value: number) => {
  const rounded = Number(value.toFixed(3));
  return (Object.is(rounded, -0) ? '0' : String(rounded)).replace(/-/g, '−');
};
/** As the table prints it: at most 6 significant digits. */
const fmt6 = (value: number) => {
  const rounded = Number(value.toPrecision(6));
  return (Object.is(rounded, -0) ? '0' : String(rounded)).replace(/-/g, '−');
};
const tuple = (values: readonly number[]) => `(${values.map(fmt3).join(', ')})`;

const checks: SharedChecks = {
  phone: {
    still: 'still responds',
    responds: async ({ widget }) => {
      await widget.locator('[data-testid="nd-input-2"]').fill('-1');
      const layers = lib([START[0], START[1], -1]);
      await expect
        .poll(async () => (await widget.locator(`[data-testid="nd-a-${LAYERS}-0"]`).textContent())?.trim())
        .toBe(fmt3(layers[LAYERS - 1].a[0]));
    },
  },
};

describeWidget(networkDiagram, checks, (w) => {
  const byTestId = w.byTestId;
  const text = async (id: string) => (await byTestId(id).textContent())?.trim() ?? '';
  const inputsShown = async () => Promise.all(START.map(async (_, k) => Number(await byTestId(`nd-input-${k}`).inputValue())));

  /** Every unit's box, the status sentence and the table show lib's numbers for the input x. */
  async function expectLib(x: number[]): Promise<void> {
    expect(await inputsShown()).toEqual(x);
    const layers = lib(x);
    for (let k = 0; k < SIZES[0]; k++) {
      await expect.poll(() => text(`nd-a-0-${k}`), { message: `input box ${k + 1}` }).toBe(fmt3(x[k]));
    }
    for (let l = 1; l <= LAYERS; l++) {
      for (let j = 0; j < SIZES[l]; j++) {
        await expect.poll(() => text(`nd-a-${l}-${j}`), { message: `the activation of unit ${j + 1} of layer ${l}` }).toBe(fmt3(layers[l - 1].a[j]));
        expect(await text(`nd-z-${l}-${j}`), `the weighted sum of unit ${j + 1} of layer ${l}`).toBe(`z ${fmt3(layers[l - 1].z[j])}`);
      }
    }
    const probabilities = layers[LAYERS - 1].a;
    const guess = probabilities.indexOf(Math.max(...probabilities)) + 1;
    const status = await text('nd-status');
    expect(status).toContain(`Input x = ${tuple(x)}: layer 1 (ReLU) gives a = ${tuple(layers[0].a)}`);
    expect(status).toContain(`layer ${LAYERS} (softmax) gives the probabilities ${tuple(probabilities)}, so the network's guess is class ${guess}`);
    const rows = await tableRows(byTestId('nd-table'), 'th, td');
    expect(rows.map((row) => [row[1], row[2], row[3]])).toEqual(layers.flatMap(({ z, a }) => z.map((zj, j) => [String(j + 1), fmt6(zj), fmt6(a[j])])));
  }

  test('the page renders its math with KaTeX and no KaTeX errors', async () => {
    expect(await w.page.locator('.katex').count()).toBeGreaterThan(0);
    expect(await w.page.locator('.katex-error').count(), 'elements with class katex-error').toBe(0);
  });

  test("starts at the worked pass's first example with lib's z and a in every box, the status and the table", async () => {
    await expectLib(START);
    expect(await byTestId('nd-status').getAttribute('aria-live')).toBe('polite');
    // ReLU silences at least one unit of the worked example: the diagram shows its 0.
    expect(lib(START)[0].a).toContain(0);
  });

  test('the mouse changes the input (a click on a slider, typing in a number field) and every number follows', async () => {
    const slider = byTestId('nd-slider-0');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    // The slider spans −3 … 3: a click a fifth of the way along sets x₁ near −1.8.
    await w.page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    await expect.poll(async () => (await inputsShown())[0]).not.toBe(START[0]);
    const x1 = (await inputsShown())[0];
    expect(x1).toBeGreaterThanOrEqual(-2.4);
    expect(x1).toBeLessThanOrEqual(-1.2);
    await expectLib([x1, START[1], START[2]]);

    await byTestId('nd-input-1').click();
    await byTestId('nd-input-1').fill('-2.5');
    await expectLib([x1, -2.5, START[2]]);
    await byTestId('nd-input-2').fill('4.2'); // beyond the slider, within the field's range
    await expectLib([x1, -2.5, 4.2]);
    expect(await byTestId('nd-slider-2').inputValue()).toBe('3');
  });

  test('the keyboard changes the input (arrow keys on the sliders and the number fields) and every number follows', async () => {
    await byTestId('nd-slider-1').focus();
    await w.page.keyboard.press('ArrowRight');
    const up = Math.round((START[1] + 0.1) * 10) / 10;
    await expectLib([START[0], up, START[2]]);
    await w.page.keyboard.press('Home');
    await expectLib([START[0], -3, START[2]]);

    await byTestId('nd-input-2').focus();
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('ArrowDown');
    const down = Math.round((START[2] - 0.2) * 10) / 10;
    await expectLib([START[0], -3, down]);

    // Typing replaces the field's text; leaving the field with Tab keeps the value.
    await byTestId('nd-input-0').focus();
    await w.page.keyboard.press('Control+A');
    await w.page.keyboard.type('-1.5');
    await expectLib([-1.5, -3, down]);
    await w.page.keyboard.press('Tab');
    await expectLib([-1.5, -3, down]);
  });

  test('stepping shows each layer only once it has run, and Show all runs them at once', async () => {
    const layers = lib(START);
    const shown = async () =>
      Promise.all(
        Array.from({ length: LAYERS }, async (_, i) => {
          const values = await Promise.all(Array.from({ length: SIZES[i + 1] }, (_, j) => text(`nd-a-${i + 1}-${j}`)));
          return values.every((v) => v === '?') ? 'pending' : values.join(' ');
        }),
      );
    const done = (l: number) => layers[l - 1].a.map(fmt3).join(' ');

    await byTestId('nd-step-start').click();
    expect(await shown()).toEqual(['pending', 'pending', 'pending']);
    expect(await text('nd-step-count')).toBe(`0 of ${LAYERS} layers run`);
    expect(await text('nd-status')).toMatch(/No layer has run yet/);
    expect(await byTestId('nd-step-start').isDisabled()).toBe(true);
    // A table row whose layer has not run shows dashes.
    expect(await byTestId('nd-table').locator('tbody tr').first().locator('td').nth(2).textContent()).toBe('—');

    const next = byTestId('nd-step-next');
    await next.focus();
    await w.page.keyboard.press('Enter'); // the keyboard works the buttons
    expect(await shown()).toEqual([done(1), 'pending', 'pending']);
    expect(await text('nd-status')).toBe(
      `Input x = ${tuple(START)}. Step 1 of ${LAYERS}: layer 1 (ReLU) gives a = ${tuple(layers[0].a)}. Next layer runs layer 2.`,
    );
    await w.page.keyboard.press('Space');
    expect(await shown()).toEqual([done(1), done(2), 'pending']);
    await byTestId('nd-step-back').click();
    expect(await shown()).toEqual([done(1), 'pending', 'pending']);

    // Mid-way, an edit keeps the step and recomputes what is shown.
    await byTestId('nd-input-0').fill('2');
    const edited = lib([2, START[1], START[2]]);
    expect(await shown()).toEqual([edited[0].a.map(fmt3).join(' '), 'pending', 'pending']);
    await byTestId('nd-step-all').click();
    expect(await text('nd-step-count')).toBe(`${LAYERS} of ${LAYERS} layers run`);
    expect(await byTestId('nd-step-next').isDisabled()).toBe(true);
    await expectLib([2, START[1], START[2]]);
  });

  test('extreme inputs stay finite, are clamped, and every label stays inside the diagram', async () => {
    for (const [k, value] of [['0', '-5'], ['1', '5'], ['2', '-5']] as const) await byTestId(`nd-input-${k}`).fill(value);
    await expectLib([-5, 5, -5]);
    await byTestId('nd-input-0').fill('250');
    await byTestId('nd-input-0').blur();
    await expectLib([5, 5, -5]);
    await byTestId('nd-input-0').fill('');
    await byTestId('nd-input-0').blur();
    await expectLib([5, 5, -5]);
    const outside = await textsOutside(byTestId('nd-graph'));
    expect(outside).toEqual([]);
  });
});
