/**
 * The computation-graph widget, on every built page that places <ComputationGraph />: editing a,
 * b and c with the mouse and with the keyboard changes every value and gradient it shows, and they
 * are lib's (lib/autodiff.ts's Value, run here in the test process); the step-by-step replay shows
 * each number only once the pass has reached it; nothing is logged as an error; axe finds nothing
 * serious in light and dark mode; it fits a 360 px phone.
 */
import { expect, test } from 'vitest';
import { Value } from '../../lib/autodiff.ts';
import { describeWidget, tableRows, textsOutside, type SharedChecks } from './widget-harness.ts';
import { computationGraph } from './widgets.ts';

const WIRES = ['a', 'b', 'c', 'u', 'v', 'J'] as const;
type Wire = (typeof WIRES)[number];
type Inputs = { a: number; b: number; c: number };

/** J = 3(a + bc) through lib's Value: every wire's value and its gradient after J.backward(). */
function lib({ a, b, c }: Inputs): { values: Record<Wire, number>; gradients: Record<Wire, number> } {
  const A = new Value(a);
  const B = new Value(b);
  const C = new Value(c);
  const u = B.mul(C);
  const v = A.add(u);
  const J = v.mul(3);
  J.backward();
  const nodes: Record<Wire, Value> = { a: A, b: B, c: C, u, v, J };
  const pick = (key: 'data' | 'grad') => Object.fromEntries(WIRES.map((w) => [w, nodes[w][key]])) as Record<Wire, number>;
  return { values: pick('data'), gradients: pick('grad') };
}

/** A number as the widget prints it: at most 6 significant digits and a true minus sign. */
const fmt = (value: number) => {
  const rounded = Number(value.toPrecision(6));
  return (Object.is(rounded, -0) ? '0' : String(rounded)).replace(/-/g, '−');
};

const checks: SharedChecks = {
  phone: {
    still: 'still responds',
    responds: async ({ widget }) => {
      await widget.locator('[data-testid="cg-input-c"]').fill('-1');
      const { values } = lib({ a: 5, b: 3, c: -1 });
      await expect.poll(async () => (await widget.locator('[data-testid="cg-value-J"]').textContent())?.trim()).toBe(`J = ${fmt(values.J)}`);
    },
  },
};

describeWidget(computationGraph, checks, (w) => {
  const byTestId = w.byTestId;
  const text = async (id: string) => (await byTestId(id).textContent())?.trim() ?? '';
  const inputsShown = async (): Promise<Inputs> => ({
    a: Number(await byTestId('cg-input-a').inputValue()),
    b: Number(await byTestId('cg-input-b').inputValue()),
    c: Number(await byTestId('cg-input-c').inputValue()),
  });

  /** Every wire's label, the status sentence and the table show lib's numbers for these inputs. */
  async function expectLib(inputs: Inputs): Promise<void> {
    expect(await inputsShown()).toEqual(inputs);
    const { values, gradients } = lib(inputs);
    for (const w of WIRES) {
      await expect.poll(() => text(`cg-value-${w}`), { message: `the value on wire ${w}` }).toBe(`${w} = ${fmt(values[w])}`);
      expect(await text(`cg-gradient-${w}`), `the gradient on wire ${w}`).toBe(fmt(gradients[w]));
    }
    const status = await text('cg-status');
    const f = (w: Wire) => fmt(values[w]);
    const g = (w: Wire) => fmt(gradients[w]);
    expect(status).toContain(`a = ${f('a')}, b = ${f('b')}, c = ${f('c')}: forward u = ${f('u')}, v = ${f('v')}, J = ${f('J')}`);
    expect(status).toContain(`backward ∂J/∂a = ${g('a')}, ∂J/∂b = ${g('b')}, ∂J/∂c = ${g('c')}, ∂J/∂u = ${g('u')}, ∂J/∂v = ${g('v')}`);
    const rows = await tableRows(byTestId('cg-table'), 'th, td');
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual(WIRES.map((w) => [w, f(w), `∂J/∂${w} = ${g(w)}`]));
  }

  test("starts at a = 5, b = 3, c = 2 with lib's values and gradients on every wire, in the status and in the table", async () => {
    await expectLib({ a: 5, b: 3, c: 2 });
    const { values, gradients } = lib({ a: 5, b: 3, c: 2 });
    // The page's worked example: u = 6, v = 11, J = 33 and the gradients 3, 6, 9.
    expect([values.u, values.v, values.J, gradients.a, gradients.b, gradients.c]).toEqual([6, 11, 33, 3, 6, 9]);
    expect(await byTestId('cg-status').getAttribute('aria-live')).toBe('polite');
  });

  test('the mouse changes a, b and c (a click on a slider, typing in a number field) and every number follows', async () => {
    const slider = byTestId('cg-slider-a');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    // The slider spans −5 … 5: a click a fifth of the way along sets a = −3.
    await w.page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    await expect.poll(async () => (await inputsShown()).a).not.toBe(5);
    const a = (await inputsShown()).a;
    expect(a).toBeGreaterThanOrEqual(-4);
    expect(a).toBeLessThanOrEqual(-2);
    await expectLib({ a, b: 3, c: 2 });

    const field = byTestId('cg-input-b');
    await field.click();
    await field.fill('-2.5');
    await expectLib({ a, b: -2.5, c: 2 });
    await byTestId('cg-input-c').click();
    await byTestId('cg-input-c').fill('7.3'); // beyond the slider, within the field's range
    await expectLib({ a, b: -2.5, c: 7.3 });
    expect(await byTestId('cg-slider-c').inputValue()).toBe('5');
  });

  test('the keyboard changes a, b and c (arrow keys on the sliders and the number fields) and every number follows', async () => {
    await byTestId('cg-slider-b').focus();
    await w.page.keyboard.press('ArrowRight');
    await expectLib({ a: 5, b: 3.5, c: 2 });
    await w.page.keyboard.press('ArrowLeft');
    await w.page.keyboard.press('ArrowLeft');
    await w.page.keyboard.press('ArrowLeft');
    await expectLib({ a: 5, b: 2, c: 2 });
    await w.page.keyboard.press('Home');
    await expectLib({ a: 5, b: -5, c: 2 });

    await byTestId('cg-input-c').focus();
    await w.page.keyboard.press('ArrowUp');
    await expectLib({ a: 5, b: -5, c: 2.5 });
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('ArrowDown');
    await expectLib({ a: 5, b: -5, c: 1.5 });

    // Typing replaces the field's text; leaving the field with Tab keeps the value.
    await byTestId('cg-input-a').focus();
    await w.page.keyboard.press('Control+A');
    await w.page.keyboard.type('-4');
    await expectLib({ a: -4, b: -5, c: 1.5 });
    await w.page.keyboard.press('Tab');
    await expectLib({ a: -4, b: -5, c: 1.5 });
  });

  test('the replay shows each value once the forward pass computes it, and each gradient once the backward pass does', async () => {
    const shown = async () => ({
      values: await Promise.all(WIRES.map((w) => text(`cg-value-${w}`))),
      gradients: await Promise.all(WIRES.map(async (w) => (await byTestId(`cg-gradient-${w}`).count()) > 0)),
      step: await text('cg-step-count'),
    });
    const { values, gradients } = lib({ a: 5, b: 3, c: 2 });
    const known = (wires: readonly Wire[]) => WIRES.map((w) => (wires.includes(w) ? `${w} = ${fmt(values[w])}` : `${w} = ?`));
    const withGradient = (wires: readonly Wire[]) => WIRES.map((w) => wires.includes(w));

    await byTestId('cg-step-start').click();
    expect(await shown()).toEqual({ values: known(['a', 'b', 'c']), gradients: withGradient([]), step: 'step 0 of 6' });
    expect(await text('cg-status')).toMatch(/^Start: a = 5, b = 3, c = 2; nothing is computed yet/);
    expect(await byTestId('cg-step-start').isDisabled()).toBe(true);

    const next = byTestId('cg-step-next');
    await next.focus();
    await w.page.keyboard.press('Enter'); // the keyboard works the buttons
    expect(await shown()).toEqual({ values: known(['a', 'b', 'c', 'u']), gradients: withGradient([]), step: 'step 1 of 6' });
    expect(await text('cg-status')).toBe(`Forward step 1 of 3: u = b × c = 3 × 2 = ${fmt(values.u)}.`);
    await w.page.keyboard.press('Space');
    await next.click();
    expect(await shown()).toEqual({ values: known(WIRES), gradients: withGradient([]), step: 'step 3 of 6' });
    await next.click();
    expect(await shown()).toEqual({ values: known(WIRES), gradients: withGradient(['v', 'J']), step: 'step 4 of 6' });
    expect(await text('cg-status')).toContain(`∂J/∂v = ${fmt(gradients.v)}`);
    await next.click();
    expect((await shown()).gradients).toEqual(withGradient(['a', 'u', 'v', 'J']));
    await byTestId('cg-step-back').click();
    expect((await shown()).gradients).toEqual(withGradient(['v', 'J']));
    await next.click();
    await next.click();
    expect(await shown()).toEqual({ values: known(WIRES), gradients: withGradient(WIRES), step: 'step 6 of 6' });
    expect(await text('cg-status')).toMatch(/^Backward step 3 of 3: .*∂J\/∂b = 3 × 2 = 6, ∂J\/∂c = 3 × 3 = 9\. Done: /);
    expect(await next.isDisabled()).toBe(true);

    // Mid-replay, an edit keeps the step and recomputes what is shown.
    await byTestId('cg-step-start').click();
    await next.click();
    await byTestId('cg-input-b').fill('4');
    expect(await text('cg-value-u')).toBe(`u = ${fmt(lib({ a: 5, b: 4, c: 2 }).values.u)}`);
    await byTestId('cg-step-all').click();
    await expectLib({ a: 5, b: 4, c: 2 });
  });

  test('extreme inputs stay finite and are drawn inside the graph', async () => {
    // The longest labels: u = −99.99, v = −109.99, J = −329.97.
    for (const [id, value] of [['a', '-10'], ['b', '-9.9'], ['c', '10']] as const) await byTestId(`cg-input-${id}`).fill(value);
    await expectLib({ a: -10, b: -9.9, c: 10 });
    await byTestId('cg-input-c').fill('10.1');
    await byTestId('cg-input-c').blur();
    await expectLib({ a: -10, b: -9.9, c: 10 });
    const outside = await textsOutside(byTestId('cg-graph'));
    expect(outside).toEqual([]);
    // No label covers another label or a gate, so the longest numbers stay readable.
    const overlaps = await byTestId('cg-graph').evaluate((svg) => {
      const boxes = [...Array.from(svg.querySelectorAll('.cg-labels text')), ...Array.from(svg.querySelectorAll('.cg-gate circle'))].map((e) => ({
        name: e.tagName === 'text' ? e.textContent : 'a gate',
        r: e.getBoundingClientRect(),
      }));
      const found: string[] = [];
      boxes.forEach((p, i) =>
        boxes.slice(i + 1).forEach((q) => {
          const x = Math.min(p.r.right, q.r.right) - Math.max(p.r.left, q.r.left);
          const y = Math.min(p.r.bottom, q.r.bottom) - Math.max(p.r.top, q.r.top);
          if (x > 1 && y > 1) found.push(`"${p.name}" and "${q.name}"`);
        }),
      );
      return found;
    });
    expect(overlaps).toEqual([]);
    // A value out of range is clamped, and an emptied field shows the value in use again.
    await byTestId('cg-input-a').fill('250');
    await byTestId('cg-input-a').blur();
    await expectLib({ a: 10, b: -9.9, c: 10 });
    await byTestId('cg-input-a').fill('');
    await byTestId('cg-input-a').blur();
    await expectLib({ a: 10, b: -9.9, c: 10 });
  });
});
