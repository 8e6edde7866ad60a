/**
 * The backprop stepper, on every built page that places <BackpropStepper />: Next, Back and Reset
 * respond to the mouse and the keyboard (and the arrow keys, Home and End), and every value it
 * shows is lib's (traceSquaredErrorBackprop run here, in the test process, on the inputs of
 * chapter 7's worked example); the page's math renders with no KaTeX error; nothing is logged as
 * an error; axe finds no serious violation in light and dark mode; it fits a 360 px phone.
 */
import { expect, test } from 'vitest';
import { type SquaredErrorTrace, traceSquaredErrorBackprop } from '../../lib/backprop-trace.ts';
import { Matrix } from '../../lib/matrix.ts';
import { buildSteps } from '../../docs/.vitepress/theme/backprop-stepper/steps.ts';
import * as inputs from '../../docs/worked/07-backpropagation-inputs.ts';
import { describeWidget, type SharedChecks } from './widget-harness.ts';
import { backpropStepper } from './widgets.ts';

// ---- What lib computes for the worked example, independently of the widget's own code. ----
const trace = traceSquaredErrorBackprop(
  inputs.layers.map((layer, l) => ({ W: Matrix.from(layer.W), b: Matrix.from(layer.b), activation: inputs.activations[l] })),
  Matrix.from(inputs.X),
  Matrix.from(inputs.Y),
  inputs.learningRate,
);

/** lib's value of the quantity a step id names (see steps.ts for the ids). */
function libValue(id: string, t: SquaredErrorTrace): number {
  const [hidden, output] = t.layers;
  const unit = (suffix: string) => ({ layer: suffix[0] === 'h' ? hidden : output, i: Number(suffix[1]) - 1 });
  if (id === 'E') return t.error;
  if (id === 'E-after') return t.errorAfter;
  let m = /^(z|a|dA|slope|delta|db)-([ho][12])$/.exec(id);
  if (m) {
    const { layer, i } = unit(m[2]);
    const field = { z: layer.z, a: layer.a, dA: layer.dA, slope: layer.slope, delta: layer.dZ, db: layer.db }[m[1] as 'z'];
    return field.data[i];
  }
  m = /^(dw|new-w)(\d)$/.exec(id);
  if (m) {
    const k = Number(m[2]);
    const layer = k <= 4 ? hidden : output;
    return (m[1] === 'dw' ? layer.dW : layer.updatedW).data[(k - 1) % 4];
  }
  m = /^new-b-([ho][12])$/.exec(id);
  if (m) {
    const { layer, i } = unit(m[1]);
    return layer.updatedB.data[i];
  }
  throw new Error(`no lib value for the step "${id}"`);
}

/** The steps in the widget's order, each with lib's value printed as the widget prints it. */
const six = (v: number) => Number(v.toPrecision(6));
const parseNumber = (text: string) => Number(text.replace(/−/g, '-'));
const STEPS = buildSteps(trace).map((s) => ({ id: s.id, name: s.name, tex: `${s.tex} = ${s.texFormula}`, phase: s.phase, expected: six(libValue(s.id, trace)) }));
const TOTAL = STEPS.length;
const stepIndex = (id: string) => STEPS.findIndex((s) => s.id === id) + 1;

test('the published numbers: total error 0.298371109, new w5 0.35891648 (Mazur 2015)', () => {
  expect(trace.error).toBeCloseTo(0.298371109, 9);
  expect(trace.layers[1].updatedW.data[0]).toBeCloseTo(0.35891648, 8);
  expect(STEPS[0].id).toBe('z-h1');
  expect(STEPS.at(-1)!.id).toBe('E-after');
});

const checks: SharedChecks = {
  phone: {
    still: 'still steps',
    before: ({ widget }) => widget.locator('[data-testid="bs-next"]').click(),
    responds: async ({ widget }) => {
      expect(parseNumber(await widget.locator('[data-testid="bs-value"]').innerText())).toBe(STEPS[0].expected);
    },
  },
};

describeWidget(backpropStepper, checks, (w) => {
  const byTestId = w.byTestId;
  const status = () => byTestId('bs-status').innerText();

  /** The step shown must be step k, with lib's value in the panel and in the status. */
  async function expectStep(k: number): Promise<void> {
    expect(await byTestId('bs-step-count').innerText()).toMatch(new RegExp(`step ${k} of ${TOTAL}$`));
    if (k === 0) {
      expect(await status()).toMatch(/^Start: inputs x₁ = 0\.05, x₂ = 0\.1, targets t₁ = 0\.01, t₂ = 0\.99/);
      return;
    }
    const step = STEPS[k - 1];
    // The equation is typeset (MathML), from the step's own TeX.
    const equation = byTestId('bs-equation');
    expect(await equation.locator('math').count()).toBe(1);
    expect(await equation.locator('annotation[encoding="application/x-tex"]').textContent()).toBe(step.tex);
    expect(parseNumber(await byTestId('bs-value').innerText()), `the value of step ${k} (${step.id})`).toBe(step.expected);
    const text = await status();
    expect(text.startsWith(`Step ${k} of ${TOTAL}, `), text).toBe(true);
    const announced = /= (−?[\d.]+)\.(?: Done|$)/.exec(text);
    expect(announced, text).not.toBeNull();
    expect(parseNumber(announced![1]), `the announced value of step ${k}`).toBe(step.expected);
  }

  test('the page renders its math with no KaTeX error and logs nothing', async () => {
    const counts = await w.page.evaluate(() => ({ katex: document.querySelectorAll('.katex').length, errors: document.querySelectorAll('.katex-error').length }));
    expect(counts.katex).toBeGreaterThan(100);
    expect(counts.errors).toBe(0);
  });

  test("starts before the first step, and the table lists every quantity with lib's value", async () => {
    await expectStep(0);
    expect(await byTestId('bs-status').getAttribute('aria-live')).toBe('polite');
    expect(await byTestId('bs-back').getAttribute('aria-disabled')).toBe('true');
    await w.widget.locator('details.bs-table summary').click();
    const rows = await byTestId('bs-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('th')?.textContent?.trim() ?? '', value: tr.querySelector('td:last-child')?.textContent?.trim() ?? '' })),
    );
    expect(rows).toHaveLength(TOTAL);
    rows.forEach((row, k) => {
      expect(row.name, `row ${k + 1}`).toBe(STEPS[k].name);
      expect(parseNumber(row.value), `row ${k + 1} (${STEPS[k].id})`).toBe(STEPS[k].expected);
    });
  });

  test('"Backward pass" jumps to the first backward step, with every forward value computed', async () => {
    await byTestId('bs-to-backward').click();
    const first = STEPS.findIndex((s) => s.phase === 'backward') + 1;
    expect(STEPS[first - 2].phase).not.toBe('backward');
    await expectStep(first);
    expect(await byTestId('bs-step-count').innerText()).toMatch(/^Backward/);
    await byTestId('bs-reset').click();
    await expectStep(0);
  });

  test('Next and Back by mouse step forward and back, lighting up what each step uses', async () => {
    for (let k = 1; k <= 4; k++) {
      await byTestId('bs-next').click();
      await expectStep(k);
    }
    // Step 3 is z(h₂) = w₃·x₁ + w₄·x₂ + b(h₂): x₁, x₂ and h₂ lit, with the weights w₃ and w₄.
    await byTestId('bs-back').click();
    await byTestId('bs-back').click();
    await expectStep(2);
    await byTestId('bs-next').click();
    await expectStep(3);
    expect(await byTestId('bs-node-h2').getAttribute('data-active')).toBe('true');
    expect(await byTestId('bs-edge-w3').getAttribute('data-active')).toBe('true');
    expect(await byTestId('bs-edge-w5').getAttribute('data-active')).toBeNull();
    expect(await byTestId('bs-readout-h1').textContent()).toBe(`a = ${STEPS[1].expected}`);
  });

  test('the keyboard steps: Enter and Space on the buttons, the arrow keys, Home and End', async () => {
    await byTestId('bs-next').focus();
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('Space');
    await expectStep(2);
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowDown');
    await expectStep(4);
    await w.page.keyboard.press('ArrowLeft');
    await expectStep(3);
    await w.page.keyboard.press('End');
    await expectStep(TOTAL);
    expect(await status()).toContain('Done');
    expect(await byTestId('bs-next').getAttribute('aria-disabled')).toBe('true');
    await w.page.keyboard.press('Enter'); // pressing Next at the end changes nothing
    await expectStep(TOTAL);
    await w.page.keyboard.press('Home');
    await expectStep(0);
    await w.page.keyboard.press('ArrowUp');
    await expectStep(0);
  });

  test("the backward pass: δ(o₁), ∂E/∂w₅ and the new w₅ are lib's, and lit in another colour than the forward pass", async () => {
    const stroke = (edge: string) => byTestId(`bs-edge-${edge}`).locator('line').evaluate((line) => getComputedStyle(line).stroke);
    await byTestId('bs-next').focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await byTestId('bs-edge-w1').getAttribute('data-active')).toBe('true');
    const forwardStroke = await stroke('w1');
    for (let k = 1; k < stepIndex('delta-o1'); k++) await w.page.keyboard.press('ArrowRight');
    await expectStep(stepIndex('delta-o1'));
    expect(await byTestId('bs-readout-o1').textContent()).toContain(`δ = ${String(STEPS[stepIndex('delta-o1') - 1].expected).replace('-', '−')}`);
    for (let k = stepIndex('delta-o1'); k < stepIndex('dw5'); k++) await byTestId('bs-next').click();
    await expectStep(stepIndex('dw5'));
    expect(await byTestId('bs-edge-w5').getAttribute('data-active')).toBe('true');
    expect(await stroke('w5')).not.toBe(forwardStroke);
    for (let k = stepIndex('dw5'); k < stepIndex('new-w5'); k++) await w.page.keyboard.press('ArrowRight');
    await expectStep(stepIndex('new-w5'));
    await byTestId('bs-reset').click();
    await expectStep(0);
  });
});
