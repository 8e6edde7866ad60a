/**
 * The training playground, on every built page that places <TrainingPlayground />: the page's
 * math is rendered; Play, Pause, Step and Reset respond to the mouse and the keyboard; the loss and
 * accuracy it shows are lib's (the same seeded Session rebuilt here, in the test process); changing
 * the dataset or the network changes them; the heat map is painted; the table lists the epochs;
 * nothing is logged as an error; the animation loop stops when the widget leaves; axe finds no
 * serious violation in light and dark mode; it fits a 360 px phone.
 * E2E_SCREENSHOTS=<folder> also saves pictures of it (desktop and phone, light and dark).
 */
import { expect, test } from 'vitest';
import { DEFAULTS, Session, type PlaygroundConfig } from '../../docs/.vitepress/theme/training-playground/session.ts';
import { fmt, percent } from '../../docs/.vitepress/theme/training-playground/useTrainingPlayground.ts';
import { describeWidget, expectLoopStopsWhenLeaving, playThenPause, tableRows, waitForFrames, type SharedChecks } from './widget-harness.ts';
import { trainingPlayground } from './widgets.ts';

/** lib's session with the widget's seeds: the loss and accuracy after `epochs` epochs, as the widget prints them. */
function libRun(config: PlaygroundConfig, seed: number, epochs: number) {
  const session = new Session(config, seed);
  for (let k = 0; k < epochs; k++) session.trainEpoch();
  return { epoch: epochs, loss: fmt(session.last.loss), accuracy: percent(session.last.accuracy) };
}

const checks: SharedChecks = {
  screenshot: async ({ widget }) => {
    for (let k = 0; k < 20; k++) await widget.locator('[data-testid="tp-step"]').click();
  },
  phone: {
    still: 'still trains',
    responds: async ({ widget }) => {
      await widget.locator('[data-testid="tp-step"]').click();
      expect(await widget.locator('[data-testid="tp-epoch"] dd').innerText()).toBe('1');
    },
  },
};

describeWidget(trainingPlayground, checks, (w) => {
  const byTestId = w.byTestId;
  const readout = async (id: string) => (await byTestId(id).locator('dd').innerText()).trim();
  const epochShown = async () => Number(await readout('tp-epoch'));
  const status = () => byTestId('tp-status').innerText();
  const shown = async () => ({ epoch: await epochShown(), loss: await readout('tp-loss'), accuracy: await readout('tp-accuracy') });

  test("the page's math is rendered, and the widget starts untrained on XOR at lib's loss", async () => {
    expect(await w.page.locator('.katex').count()).toBeGreaterThan(20);
    expect(await w.page.locator('.katex-error').count()).toBe(0);
    expect(await shown()).toEqual(libRun(DEFAULTS, 1, 0));
    expect(await byTestId('tp-status').getAttribute('aria-live')).toBe('polite');
    expect(await status()).toMatch(/^XOR, 2 hidden layers of 8 tanh units: epoch 0/);
  });

  test("Step by mouse trains one epoch of lib's mini-batch descent per press, and redraws", async () => {
    const curveBefore = await byTestId('tp-cost-curve').getAttribute('d');
    const pixelsBefore = await byTestId('tp-canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
    for (let k = 1; k <= 3; k++) {
      await byTestId('tp-step').click();
      expect(await shown(), `after ${k} presses`).toEqual(libRun(DEFAULTS, 1, k));
    }
    expect(await status()).toMatch(/^One epoch \(20 mini-batch steps\): epoch 3: loss /);
    expect(await byTestId('tp-cost-curve').getAttribute('d')).not.toBe(curveBefore);
    expect(await byTestId('tp-canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(pixelsBefore);
  });

  test('the heat map shows both classes once the network has learned XOR', async () => {
    for (let k = 0; k < 15; k++) await byTestId('tp-step').click();
    const colours = await byTestId('tp-canvas').evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(10);
  });

  test('Step, Play, Pause and Reset work from the keyboard, and Pause stops training', async () => {
    await byTestId('tp-step').focus();
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.press('Space');
    expect(await shown()).toEqual(libRun(DEFAULTS, 1, 2));

    await byTestId('tp-play').focus();
    await w.page.keyboard.press('Space');
    expect(await byTestId('tp-play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(10);
    await w.page.keyboard.press('Enter');
    await expect.poll(status).toMatch(/^Paused at epoch \d+: loss /);
    expect(await byTestId('tp-play').getAttribute('aria-pressed')).toBe('false');
    const epochs = await epochShown();
    expect(await shown()).toEqual(libRun(DEFAULTS, 1, epochs));
    // Paused means paused: the epoch stays put.
    await waitForFrames(w.page, 20);
    expect(await epochShown()).toBe(epochs);

    await byTestId('tp-reset').focus();
    await w.page.keyboard.press('Enter');
    expect(await shown()).toEqual(libRun(DEFAULTS, 2, 0));
    expect(await status()).toMatch(/^Reset: 2 hidden layers of 8 tanh units\. New random weights \(seed 2\): epoch 0/);
  });

  test('Play and Pause by mouse', async () => {
    await playThenPause(byTestId('tp-play'), epochShown, 5);
    const epochs = await epochShown();
    expect(await shown()).toEqual(libRun(DEFAULTS, 1, epochs));
    await waitForFrames(w.page, 20);
    expect(await epochShown()).toBe(epochs);
  });

  test('changing the dataset, the network and the learning rate, by mouse and keyboard', async () => {
    const before = await readout('tp-loss');
    await byTestId('tp-dataset').selectOption('circles');
    expect(await status()).toMatch(/^Circles loaded: 200 points\. New random weights \(seed 2\): epoch 0/);
    const circles = { ...DEFAULTS, dataset: 'circles' as const };
    expect(await shown()).toEqual(libRun(circles, 2, 0));
    expect(await readout('tp-loss')).not.toBe(before);
    await byTestId('tp-step').click();
    expect(await shown()).toEqual(libRun(circles, 2, 1));

    // The keyboard changes a select too: focus it and press the arrow key.
    await byTestId('tp-layers').focus();
    await w.page.keyboard.press('ArrowUp'); // 2 → 1 hidden layer
    await expect.poll(status).toMatch(/^Now 1 hidden layer\. New random weights \(seed 3\)/);
    const oneLayer = { ...circles, layers: 1 };
    expect(await shown()).toEqual(libRun(oneLayer, 3, 0));

    await byTestId('tp-activation').selectOption('relu');
    await byTestId('tp-width').selectOption('4');
    await byTestId('tp-optimiser').selectOption('adam');
    // Each optimiser starts from its own rate: Adam at 0.3 never learns the spiral.
    await expect.poll(status).toMatch(/^Optimiser now Adam, with its own starting learning rate 0\.03\./);
    expect(await byTestId('tp-rate-value').innerText()).toBe('0.03');
    const changed = { ...oneLayer, activation: 'relu' as const, width: 4, optimiser: 'adam' as const, learningRate: 0.03 };
    await byTestId('tp-step').click();
    expect(await shown()).toEqual(libRun(changed, 6, 1));
    expect(await readout('tp-network')).toBe('1 hidden layer of 4 relu units, seed 6');

    const slider = byTestId('tp-rate');
    await slider.focus();
    await w.page.keyboard.press('ArrowLeft'); // 0.03 → 0.01
    expect(await byTestId('tp-rate-value').innerText()).toBe('0.01');
    expect(await slider.getAttribute('aria-valuetext')).toBe('η = 0.01');
    expect(await status()).toBe('Learning rate 0.01 from the next step on.');
    // A new rate keeps the weights: the epoch count goes on.
    expect(await epochShown()).toBe(1);
  });

  test('the table lists the epochs with their loss and accuracy', async () => {
    for (let k = 0; k < 4; k++) await byTestId('tp-step').click();
    await w.widget.locator('details.nn-widget-table summary').click();
    const rows = await tableRows(byTestId('tp-table'));
    expect(rows).toHaveLength(5);
    rows.forEach((row, k) => {
      const want = libRun(DEFAULTS, 1, k);
      expect(row, `epoch ${k}`).toEqual([String(k), want.loss, want.accuracy]);
    });
  });

  test('leaving the page while it plays stops the loop without an error', async () => {
    await expectLoopStopsWhenLeaving(w, trainingPlayground, async () => {
      await byTestId('tp-play').click();
      await expect.poll(epochShown, { timeout: 10_000 }).toBeGreaterThan(3);
    });
  });
});
