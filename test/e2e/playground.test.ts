/**
 * The perceptron playground responds to the mouse and the keyboard, and its numbers are those of
 * the reference library: Train on AND converges exactly as lib/trainPerceptron does, XOR does not.
 */
import { expect, test } from 'vitest';
import { AND } from '../../lib/logic-gates.ts';
import { trainPerceptron } from '../../lib/perceptron.ts';
import { describeWidget } from './widget-harness.ts';
import { perceptronPlayground } from './widgets.ts';

/** The widget prints numbers with at most 3 decimals and no "-0". */
const fmt = (v: number) => String(Object.is(Math.round(v * 1000) / 1000, -0) ? 0 : Math.round(v * 1000) / 1000);
const weightsText = (w: number[], b: number) => `w₁ = ${fmt(w[0])}, w₂ = ${fmt(w[1])}, b = ${fmt(b)}`;

describeWidget(perceptronPlayground, {}, (w) => {
  const byTestId = w.byTestId;
  const status = () => byTestId('playground-status').innerText();
  const pointCount = async () => Number.parseInt(await byTestId('playground-count').locator('dd').innerText(), 10);
  const tableRows = () => byTestId('playground-table').locator('tbody tr').count();

  test('starts with the AND preset and zero weights', async () => {
    expect(await pointCount()).toBe(4);
    expect(await tableRows()).toBe(4);
    expect(await byTestId('playground-weights').innerText()).toContain(weightsText([0, 0], 0));
  });

  test('a click on the plane adds a point of the selected class', async () => {
    const plane = byTestId('playground-plane');
    await plane.click({ position: { x: 10, y: 10 } });
    expect(await pointCount()).toBe(5);
    expect(await tableRows()).toBe(5);
    expect(await status()).toMatch(/Added a class 1 point at \(-0\.\d+, 1\.\d+\)/);
    expect(await plane.locator('rect.pp-class1').count()).toBe(2); // (1,1) of AND and the new one

    await byTestId('class-0').check();
    const box = (await plane.boundingBox())!;
    await plane.click({ position: { x: box.width * 0.6, y: box.height * 0.4 } });
    expect(await pointCount()).toBe(6);
    // 60% across and 40% down the plane is (0.7, 0.7), give or take the rounding to 0.01.
    const [, x1, x2] = /Added a class 0 point at \((\S+), (\S+)\)/.exec(await status())!;
    expect(Number(x1)).toBeCloseTo(0.7, 1);
    expect(Number(x2)).toBeCloseTo(0.7, 1);
    expect(await plane.locator('circle.pp-class0').count()).toBe(4);
  });

  test('the keyboard moves a cursor on the plane and Enter adds a point there', async () => {
    await byTestId('playground-plane').focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowUp');
    await w.page.keyboard.press('Shift+ArrowUp');
    expect(await status()).toContain('Cursor at (0.55, 0.8)');
    await w.page.keyboard.press('0');
    await w.page.keyboard.press('Enter');
    expect(await pointCount()).toBe(5);
    expect(await status()).toMatch(/Added a class 0 point at \(0\.55, 0\.8\)/);
  });

  test('every control can be reached with Tab', async () => {
    await byTestId('playground-plane').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await w.page.keyboard.press('Tab');
      reached.add(
        await w.page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
        }),
      );
    }
    for (const id of ['preset-and', 'preset-or', 'preset-xor', 'preset-clear', 'playground-step', 'playground-train', 'playground-reset', 'playground-eta']) {
      expect(reached, `Tab reaches ${id}`).toContain(id);
    }
    expect([...reached].some((r) => r === 'class-1' || r === 'class-0'), 'Tab reaches the class radio group').toBe(true);
    expect(reached).toContain('The points as a table');
  });

  test('Train on AND converges, with the weights lib/trainPerceptron finds', async () => {
    const { xs, ys } = AND();
    const expected = trainPerceptron(xs, ys, { eta: 0.1, maxEpochs: 100 });
    expect(expected.converged).toBe(true);
    await byTestId('playground-train').click();
    await expect.poll(status, { timeout: 10_000 }).toMatch(/converged after (\d+) epochs?/);
    expect(await status()).toContain(`converged after ${expected.epochs} epochs`);
    expect(await byTestId('playground-weights').innerText()).toContain(weightsText(expected.w, expected.b));
    expect(await byTestId('playground-accuracy').innerText()).toContain('4/4');
    expect(await byTestId('playground-boundary').count()).toBe(1);
  });

  test('Train on XOR does not converge, and says why', async () => {
    await byTestId('preset-xor').click();
    expect(await status()).toContain('XOR loaded');
    await byTestId('playground-train').click();
    await expect.poll(status, { timeout: 15_000 }).toContain(
      'did not converge after 100 epochs: no single line separates these points',
    );
    expect(await byTestId('playground-accuracy').innerText()).not.toContain('4/4');
  });

  test('Step applies the perceptron rule to one example at a time and shows the arithmetic', async () => {
    const step = byTestId('playground-step');
    await step.click(); // (0,0), label 0: z = 0, so yhat = 0 and nothing changes
    expect(await status()).toContain('Example 1 of 4: predicted 0, label 0, correct');
    expect(await byTestId('playground-weights').innerText()).toContain(weightsText([0, 0], 0));
    await step.click();
    await step.click();
    expect(await byTestId('playground-boundary').count()).toBe(0); // still w = 0: no line yet
    await step.click(); // (1,1), label 1: yhat = 0, error 1, so w += 0.1 * (1, 1) and b += 0.1
    expect(await status()).toContain('Example 4 of 4: predicted 0, label 1, error 1');
    expect(await byTestId('playground-weights').innerText()).toContain(weightsText([0.1, 0.1], 0.1));
    const detail = await byTestId('playground-step-detail').innerText();
    expect(detail).toContain('error = y − ŷ = 1');
    expect(detail).toContain('= (0.1, 0.1)');
    // 0.1 x1 + 0.1 x2 + 0.1 > 0 almost everywhere in view: only (1, 1) is now right.
    expect(await byTestId('playground-accuracy').innerText()).toContain('1/4');
  });

  test('the learning rate changes the size of each update', async () => {
    await byTestId('playground-eta').fill('1');
    for (let i = 0; i < 4; i++) await byTestId('playground-step').click();
    expect(await byTestId('playground-weights').innerText()).toContain(weightsText([1, 1], 1));
    await byTestId('playground-reset').click();
    expect(await byTestId('playground-weights').innerText()).toContain(weightsText([0, 0], 0));
  });

  test('Clear removes every point', async () => {
    await byTestId('preset-clear').click();
    expect(await pointCount()).toBe(0);
    expect(await tableRows()).toBe(0);
    await byTestId('playground-train').click();
    expect(await status()).toContain('Add a point first');
  });
});
