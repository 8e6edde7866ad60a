/**
 * The logistic trainer, on every built page that places <LogisticTrainer />: Play, Pause, Step and
 * Reset respond to the mouse and the keyboard, and the epoch, cost and model it announces are
 * lib's (trainLogisticRegression run here, in the test process, on the same points with the same
 * learning rate); points are added and removed by click and by keyboard; nothing is logged as an
 * error; axe finds no serious violation in light and dark mode; it fits a 360 px phone.
 * E2E_SCREENSHOTS=<folder> also saves pictures of it (desktop and phone, light and dark).
 */
import { expect, test } from 'vitest';
import { cost, trainLogisticRegression } from '../../lib/logistic-regression.ts';
import { PRESETS, TRACE_POINTS, type PresetName } from '../../docs/.vitepress/theme/logistic-trainer/presets.ts';
import { describeWidget, expectLoopStopsWhenLeaving, playThenPause, tableRows, waitForFrames, type SharedChecks } from './widget-harness.ts';
import { logisticTrainer } from './widgets.ts';

/** What the widget starts with: the overlapping blobs and η = 0.5. */
const START: PresetName = 'overlapping';
const START_RATE = 0.5;

/** A number as the widget prints it (6 significant digits, a true minus sign), read back. */
const six = (v: number) => Number(v.toPrecision(6));
const parseNumber = (text: string) => Number(text.replace(/−/g, '-'));
const NUMBER = String.raw`−?\d+(?:\.\d+)?(?:e[−+]?\d+)?`;

/** lib's run on a preset: the model and the cost after `epochs` epochs, to the digits the widget prints. */
function libRun(preset: PresetName, learningRate: number, epochs: number) {
  const { xs, ys } = PRESETS[preset].data();
  const { w, b, costs } = trainLogisticRegression(xs, ys, { learningRate, epochs });
  return { epoch: epochs, cost: six(costs[epochs]), w: w.map(six), b: six(b), m: xs.length };
}

const checks: SharedChecks = {
  phone: {
    still: 'still adds a point',
    responds: async ({ widget }) => {
      const plane = widget.locator('[data-testid="lt-plane"]');
      await plane.scrollIntoViewIfNeeded();
      const box = (await plane.boundingBox())!;
      await plane.click({ position: { x: box.width * (7.5 / 8), y: box.height * (0.5 / 8) } }); // (3.5, 3.5)
      expect(await widget.locator('[data-testid="lt-status"]').innerText()).toMatch(/^Added a class 1 point at \(3\.\d+, 3\.\d+\)/);
      await widget.locator('[data-testid="lt-step"]').click();
      expect(await widget.locator('[data-testid="lt-epoch"] dd').innerText()).toBe('1');
    },
  },
  screenshot: async ({ widget }) => {
    for (let k = 0; k < 40; k++) await widget.locator('[data-testid="lt-step"]').click();
  },
};

describeWidget(logisticTrainer, checks, (w) => {
  const byTestId = w.byTestId;
  const status = () => byTestId('lt-status').innerText();
  const readout = async (id: string) => (await byTestId(id).locator('dd').innerText()).trim();
  const epochShown = async () => Number(await readout('lt-epoch'));
  const pointCount = () => byTestId('lt-points').locator('g > :is(circle.lt-point, rect.lt-point)').count();

  /** What the readout shows: epoch, cost, w and b, as numbers. */
  async function shown() {
    const model = /^w = \((\S+), (\S+)\), b = (\S+)$/.exec(await readout('lt-weights'));
    if (!model) throw new Error(`the model readout does not read "w = (…, …), b = …": ${await readout('lt-weights')}`);
    return {
      epoch: await epochShown(),
      cost: parseNumber(await readout('lt-cost')),
      w: [parseNumber(model[1]), parseNumber(model[2])],
      b: parseNumber(model[3]),
    };
  }

  /** The status names the epoch and the cost; both must be lib's after that many epochs. */
  async function expectAnnouncedLibRun(preset: PresetName, learningRate: number): Promise<number> {
    const text = await status();
    const m = new RegExp(String.raw`epoch (\d+): cost (${NUMBER}), accuracy (\d+)/(\d+) correct`).exec(text);
    if (!m) throw new Error(`the status does not say "epoch N: cost C, accuracy K/M correct": ${JSON.stringify(text)}`);
    const epochs = Number(m[1]);
    const expected = libRun(preset, learningRate, epochs);
    expect(parseNumber(m[2]), `the announced cost after ${epochs} epochs`).toBe(expected.cost);
    expect(Number(m[4])).toBe(expected.m);
    const readoutNow = await shown();
    expect(readoutNow, `the readout after ${epochs} epochs`).toEqual({ epoch: epochs, cost: expected.cost, w: expected.w, b: expected.b });
    return epochs;
  }

  test("starts with the overlapping blobs, w = 0 and b = 0, at lib's cost ln 2, and the table lists every point", async () => {
    const { xs, ys } = PRESETS[START].data();
    expect(await pointCount()).toBe(xs.length);
    expect(await shown()).toEqual({ epoch: 0, cost: six(cost([0, 0], 0, xs, ys)), w: [0, 0], b: 0 });
    expect(await byTestId('lt-status').getAttribute('aria-live')).toBe('polite');
    expect(await byTestId('lt-rate-value').innerText()).toBe(String(START_RATE));
    await w.widget.locator('details.lt-table summary').click();
    const rows = await tableRows(byTestId('lt-table'));
    expect(rows).toHaveLength(xs.length);
    rows.forEach((row, i) => {
      expect([parseNumber(row[1]), parseNumber(row[2]), Number(row[3]), Number(row[4])], `row ${i + 1}`).toEqual([six(xs[i][0]), six(xs[i][1]), ys[i], 0.5]);
    });
  });

  test("Step by mouse runs one epoch of lib's gradient descent per press", async () => {
    const curveBefore = await byTestId('lt-cost-curve').getAttribute('d');
    const boundaryBefore = await byTestId('lt-boundary').count();
    expect(boundaryBefore, 'w = 0 draws no boundary').toBe(0);
    for (let k = 1; k <= 3; k++) {
      await byTestId('lt-step').click();
      expect(await expectAnnouncedLibRun(START, START_RATE)).toBe(k);
    }
    expect(await byTestId('lt-cost-curve').getAttribute('d')).not.toBe(curveBefore);
    expect(await byTestId('lt-boundary').count()).toBe(1);
  });

  test('Step, Play, Pause and Reset work from the keyboard', async () => {
    await byTestId('lt-step').focus();
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('Space');
    expect(await expectAnnouncedLibRun(START, START_RATE)).toBe(2);

    await byTestId('lt-play').focus();
    await w.page.keyboard.press('Space');
    expect(await byTestId('lt-play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(20);
    await w.page.keyboard.press('Enter');
    await expect.poll(status).toMatch(/^Paused at epoch/);
    expect(await byTestId('lt-play').getAttribute('aria-pressed')).toBe('false');
    const epochs = await expectAnnouncedLibRun(START, START_RATE);
    expect(epochs).toBeGreaterThan(20);
    // Paused means paused: the epoch stays put.
    await waitForFrames(w.page, 20);
    expect(await epochShown()).toBe(epochs);

    await byTestId('lt-reset').focus();
    await w.page.keyboard.press('Enter');
    expect(await expectAnnouncedLibRun(START, START_RATE)).toBe(0);
    expect(await status()).toMatch(/^w and b reset to 0/);
  });

  test("Play and Pause by mouse train continuously and stop, and the cost curve follows lib's costs", async () => {
    await playThenPause(byTestId('lt-play'), epochShown, 30);
    const epochs = await expectAnnouncedLibRun(START, START_RATE);
    // The curve has one vertex per epoch (the plot is wider than the run is long), each at lib's
    // cost on one linear scale: its drop from the first vertex is proportional to the cost's.
    const { xs, ys } = PRESETS[START].data();
    const { costs } = trainLogisticRegression(xs, ys, { learningRate: START_RATE, epochs });
    const d = (await byTestId('lt-cost-curve').getAttribute('d'))!;
    const heights = [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => Number(m[2]));
    expect(heights).toHaveLength(epochs + 1);
    const scale = (heights[epochs] - heights[0]) / (costs[0] - costs[epochs]); // pixels per unit of cost, y down
    expect(scale).toBeGreaterThan(0);
    heights.forEach((y, k) => expect(y - heights[0], `epoch ${k}`).toBeCloseTo(scale * (costs[0] - costs[k]), 0));

    await byTestId('lt-reset').click();
    expect(await shown()).toEqual({ epoch: 0, cost: six(costs[0]), w: [0, 0], b: 0 });
  });

  test('the learning rate slider changes the step, by keyboard and by mouse', async () => {
    const slider = byTestId('lt-rate');
    await slider.focus();
    await w.page.keyboard.press('ArrowRight'); // 0.5 → 1
    expect(await byTestId('lt-rate-value').innerText()).toBe('1');
    expect(await slider.getAttribute('aria-valuetext')).toBe('η = 1');
    await byTestId('lt-step').click();
    expect(await expectAnnouncedLibRun(START, 1)).toBe(1);
    await byTestId('lt-reset').click();
    await slider.fill('2'); // the third rate, 0.1
    expect(await byTestId('lt-rate-value').innerText()).toBe('0.1');
    await byTestId('lt-step').click();
    await byTestId('lt-step').click();
    expect(await expectAnnouncedLibRun(START, 0.1)).toBe(2);
  });

  test('the separated preset loads its points, and training on it matches lib', async () => {
    await byTestId('lt-step').click();
    await byTestId('lt-preset-separated').click();
    expect(await status()).toMatch(/^Separated blobs loaded: 100 points; w and b reset to 0/);
    expect(await pointCount()).toBe(PRESETS.separated.data().xs.length);
    for (let k = 0; k < 4; k++) await byTestId('lt-step').click();
    expect(await expectAnnouncedLibRun('separated', START_RATE)).toBe(4);
    await byTestId('lt-clear').click();
    expect(await pointCount()).toBe(0);
    await byTestId('lt-step').click();
    expect(await status()).toContain('Add a point first');
    await byTestId('lt-play').click();
    expect(await status()).toContain('Add a point first');
  });

  test("the trace's four points step through the page's trace, row by row", async () => {
    await byTestId('lt-preset-trace').click();
    expect(await pointCount()).toBe(TRACE_POINTS.xs.length);
    for (let k = 1; k <= 5; k++) {
      await byTestId('lt-step').click();
      expect(await expectAnnouncedLibRun('trace', START_RATE)).toBe(k);
    }
  });

  test('a click adds a point of the chosen class, and a click on a point removes it', async () => {
    const plane = byTestId('lt-plane');
    await plane.scrollIntoViewIfNeeded();
    const box = (await plane.boundingBox())!;
    // (3.5, −3.5) is an empty corner of both presets; the plane shows −4 … 4 on both axes.
    const at = { x: box.width * (7.5 / 8), y: box.height * (7.5 / 8) };
    await plane.click({ position: at });
    expect(await pointCount()).toBe(101);
    const [, x1, x2] = new RegExp(String.raw`^Added a class 1 point at \((${NUMBER}), (${NUMBER})\)`).exec(await status())!;
    expect(parseNumber(x1)).toBeCloseTo(3.5, 1);
    expect(parseNumber(x2)).toBeCloseTo(-3.5, 1);
    expect(await plane.locator('rect.lt-class1').count()).toBe(51);
    // The epoch count and the curve start again on the new data.
    expect(await epochShown()).toBe(0);

    await plane.click({ position: at });
    expect(await pointCount()).toBe(100);
    expect(await status()).toMatch(/^Removed the class 1 point at/);

    await byTestId('lt-class-0').check();
    await plane.click({ position: at });
    expect(await plane.locator('circle.lt-class0').count()).toBe(51);
  });

  test('the keyboard moves a cursor on the plane, Enter adds a point there and Delete removes it', async () => {
    await byTestId('lt-plane').focus();
    // From (0, 0): three steps of 1 right and down, then one of 0.1 right.
    for (const key of ['Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown', 'ArrowRight']) {
      await w.page.keyboard.press(key);
    }
    expect(await status()).toContain('Cursor at (3.1, −3)');
    await w.page.keyboard.press('0');
    expect(await status()).toBe('New points will be class 0.');
    await w.page.keyboard.press('Enter');
    expect(await pointCount()).toBe(101);
    expect(await status()).toMatch(/^Added a class 0 point at \(3\.1, −3\), where the model gives a = 0\.5\./);
    await w.page.keyboard.press('ArrowLeft');
    expect(await status()).toContain('Nearest point: class 0, Delete removes it.');
    await w.page.keyboard.press('Delete');
    expect(await pointCount()).toBe(100);
    expect(await status()).toMatch(/^Removed the class 0 point at \(3\.1, −3\)/);
    await w.page.keyboard.press('Delete');
    expect(await status()).toBe('No point within 0.3 of the cursor to remove.');
  });

  test('removing the last point while it plays stops training and says why, with no error', async () => {
    await byTestId('lt-clear').click();
    const plane = byTestId('lt-plane');
    await plane.scrollIntoViewIfNeeded();
    const box = (await plane.boundingBox())!;
    const at = { x: box.width * (7.5 / 8), y: box.height * (7.5 / 8) };
    await plane.click({ position: at });
    await byTestId('lt-play').click();
    await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(2);
    await plane.click({ position: at });
    expect(await pointCount()).toBe(0);
    expect(await status()).toMatch(/^Removed the class 1 point at .* No points left: training stopped/);
    expect(await byTestId('lt-play').getAttribute('aria-pressed')).toBe('false');
    // A few frames later: still stopped, with nothing thrown (the harness checks the console after each test).
    await waitForFrames(w.page, 5);
    expect(await epochShown()).toBe(0);
  });

  test('leaving the page while it plays stops the loop without an error', async () => {
    await expectLoopStopsWhenLeaving(w, logisticTrainer, async () => {
      await byTestId('lt-play').click();
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(5);
    });
  });
});
