/**
 * The training playground's speed in a real browser (DESIGN §8: it must train and redraw within
 * one 16 ms frame for its default network). Serves the built site (run `npx vitepress build docs`
 * first), opens chapter 8 in Debian's Chromium, presses Play, and reads the widget's own
 * performance marks (useTrainingPlayground.ts): per animation frame, one epoch of lib's training
 * (20 mini-batch steps of 10 points on the default 2-8-8-1 tanh network), the 48 × 48 heat map,
 * and the whole frame's work up to Vue's update of the page; plus the interval between frames.
 * Prints medians (and 90th percentiles) of several runs. A benchmark, not a test: it asserts nothing.
 *
 * Run with `npm run bench:playground` (SITE_DIR=<dist folder> to measure another build).
 */
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';

const dist = process.env.SITE_DIR ?? fileURLToPath(new URL('../docs/.vitepress/dist', import.meta.url));
const RUNS = 5;
const SECONDS = 4;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => `${x.toFixed(2)} ms`;

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
const server = await startStaticServer(dist);
const browser = await launchBrowser();
const runs: { train: number; heatMap: number; frame: number; frameP90: number; interval: number; epochsPerSecond: number }[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // tsx compiles this file keeping function names through a helper __name, which the page lacks.
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    await page.goto(`${server.url}/08-training`, { waitUntil: 'networkidle' });
    const widget = page.locator('[data-testid="training-playground"][data-ready]');
    await widget.waitFor({ timeout: 20_000 });
    await widget.scrollIntoViewIfNeeded();
    // Frame intervals, counted by a requestAnimationFrame chain of our own.
    await page.evaluate(() => {
      const w = window as unknown as { frameTimes: number[] };
      w.frameTimes = [];
      const next = (t: number) => {
        w.frameTimes.push(t);
        requestAnimationFrame(next);
      };
      requestAnimationFrame(next);
      performance.clearMeasures();
    });
    const epochBefore = Number(await widget.locator('[data-testid="tp-epoch"] dd').innerText());
    const started = Date.now();
    await widget.locator('[data-testid="tp-play"]').click();
    await page.waitForTimeout(SECONDS * 1000);
    await widget.locator('[data-testid="tp-play"]').click();
    const seconds = (Date.now() - started) / 1000;
    const epochAfter = Number(await widget.locator('[data-testid="tp-epoch"] dd').innerText());
    const marks = await page.evaluate(() => {
      const of = (name: string) => performance.getEntriesByName(name).map((e) => e.duration);
      const times = (window as unknown as { frameTimes: number[] }).frameTimes;
      return {
        train: of('training-playground:train'),
        heatMap: of('training-playground:heat-map'),
        frame: of('training-playground:frame'),
        intervals: times.slice(1).map((t, i) => t - times[i]),
      };
    });
    // The first frames pay for compiling the code: leave out the first tenth.
    const warm = (xs: number[]) => xs.slice(Math.floor(xs.length / 10));
    runs.push({
      train: median(warm(marks.train)),
      heatMap: median(warm(marks.heatMap)),
      frame: median(warm(marks.frame)),
      frameP90: quantile(warm(marks.frame), 0.9),
      interval: median(warm(marks.intervals)),
      epochsPerSecond: (epochAfter - epochBefore) / seconds,
    });
    const r = runs.at(-1)!;
    console.log(
      `run ${run + 1}: train ${ms(r.train)}, heat map ${ms(r.heatMap)}, frame ${ms(r.frame)} (p90 ${ms(r.frameP90)}), ` +
        `frame interval ${ms(r.interval)}, ${r.epochsPerSecond.toFixed(1)} epochs/s`,
    );
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}

const STEPS_PER_EPOCH = 20;
const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
console.log(`\nmedians of ${RUNS} runs of ${SECONDS} s of Play on the default network (XOR, 2-8-8-1 tanh, SGD, batches of 10):`);
console.log(`  one epoch of training (${STEPS_PER_EPOCH} steps): ${ms(pick('train'))}, so ${Math.round((STEPS_PER_EPOCH * 1000) / pick('train'))} steps/s of training alone`);
console.log(`  heat map (48 × 48 forward passes and a canvas redraw): ${ms(pick('heatMap'))}`);
console.log(`  whole frame up to Vue's update: ${ms(pick('frame'))} (90th percentile ${ms(pick('frameP90'))}); budget 16.7 ms`);
console.log(`  interval between animation frames: ${ms(pick('interval'))}; ${pick('epochsPerSecond').toFixed(1)} epochs/s shown (${Math.round(pick('epochsPerSecond') * STEPS_PER_EPOCH)} steps/s)`);
