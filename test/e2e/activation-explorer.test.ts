/**
 * The activation explorer, on every built page that places <ActivationExplorer />: it responds to
 * the mouse and the keyboard, the numbers it says are lib's (computed here, in the test process),
 * it never draws a jump as a line nor a NaN, passes axe in light and dark mode, and fits a 360 px
 * phone. E2E_SCREENSHOTS=<folder> also saves pictures of it (desktop and phone, light and dark).
 */
import { expect, test } from 'vitest';
import { elementwise, type ElementwiseActivationName } from '../../lib/activations.ts';
import { describeWidget, tableRows, type SharedChecks } from './widget-harness.ts';
import { activationExplorer } from './widgets.ts';

/** As the radio buttons and the status sentence name them. */
const LABELS: Record<ElementwiseActivationName, string> = {
  heaviside: 'Heaviside step',
  sign: 'sign',
  linear: 'linear',
  piecewiseLinear: 'piecewise linear',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  softplus: 'softplus',
  elu: 'ELU',
};
const NAMES = Object.keys(LABELS) as ElementwiseActivationName[];

/** lib's g and g′, to the 6 significant digits the widget prints. */
const six = (v: number) => Number(v.toPrecision(6));
const lib = (name: ElementwiseActivationName, z: number, alpha = 0) => ({
  g: six(elementwise[name].f(z, alpha)),
  dg: six(elementwise[name].df(z, alpha)),
});

/** A number as the widget prints it: a true minus sign. */
const NUMBER = String.raw`−?\d+(?:\.\d+)?(?:e[−+]?\d+)?`;
const STATUS = new RegExp(String.raw`^(.+?)(?: \(α = (${NUMBER})\))? at z = (${NUMBER}): g\(z\) = (${NUMBER}), g′\(z\) = (${NUMBER})(?:\. (.+))?$`);
const parseNumber = (text: string) => Number(text.replace(/−/g, '-'));

interface Status {
  label: string;
  alpha: number | null;
  z: number;
  g: number;
  dg: number;
  note: string | null;
  /** The numbers as printed, to count their digits. */
  printed: string[];
}

function parseStatus(text: string): Status {
  const m = STATUS.exec(text.trim());
  if (!m) throw new Error(`the status does not read "<function> at z = …: g(z) = …, g′(z) = …": ${JSON.stringify(text)}`);
  return {
    label: m[1],
    alpha: m[2] === undefined ? null : parseNumber(m[2]),
    z: parseNumber(m[3]),
    g: parseNumber(m[4]),
    dg: parseNumber(m[5]),
    note: m[6] ?? null,
    printed: [m[3], m[4], m[5]],
  };
}

const significantDigits = (printed: string) => printed.replace(/^[−-]/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').length;

const checks: SharedChecks = {
  phone: {
    still: 'still moves its point',
    responds: async ({ page, widget }) => {
      await widget.locator('[data-testid="ae-plot"]').scrollIntoViewIfNeeded();
      const frame = (await widget.locator('.ae-frame').first().boundingBox())!;
      await page.mouse.click(frame.x + frame.width * 0.7, frame.y + frame.height / 2); // z = 2
      const s = parseStatus(await widget.locator('[data-testid="ae-status"]').innerText());
      expect(s.z).toBeCloseTo(2, 1);
      expect({ g: s.g, dg: s.dg }).toEqual(lib('sigmoid', s.z));
    },
  },
  screenshot: async ({ page, widget }) => {
    await widget.locator('[data-testid="ae-fn-heaviside"]').click();
    await widget.locator('[data-testid="ae-plot"]').focus();
    await page.keyboard.press('0');
    await widget.locator('details.ae-table summary').click();
  },
};

describeWidget(activationExplorer, checks, (w) => {
  const byTestId = w.byTestId;
  const status = async () => parseStatus(await byTestId('ae-status').innerText());
  const pathOf = (id: 'ae-curve-g' | 'ae-curve-dg') => byTestId(id).getAttribute('d') as Promise<string>;
  const plot = () => byTestId('ae-plot');

  /** The status names `name` at z (and α) with lib's values, printed with at most 6 significant digits. */
  async function expectLibValues(name: ElementwiseActivationName, z: number, alpha?: number): Promise<Status> {
    const s = await status();
    expect(s.label).toBe(LABELS[name]);
    expect(s.z).toBeCloseTo(z, 10);
    expect(s.alpha).toBe(alpha ?? null);
    const expected = lib(name, s.z, alpha);
    expect({ g: s.g, dg: s.dg }, `${name} at z = ${s.z}`).toEqual(expected);
    for (const printed of s.printed) expect(significantDigits(printed), printed).toBeLessThanOrEqual(6);
    return s;
  }

  /** The pixel x of z on the plot (the panels' frames span z = −5 … 5). */
  /** The upper plot's box in viewport pixels, scrolled into view first: a mouse event off screen hits nothing. */
  async function frameBox() {
    const frame = w.widget.locator('.ae-frame').first();
    await frame.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    return (await frame.boundingBox())!;
  }
  async function clientX(z: number): Promise<number> {
    const frame = await frameBox();
    return frame.x + ((z + 5) / 10) * frame.width;
  }
  async function clientYMiddle(): Promise<number> {
    const frame = await frameBox();
    return frame.y + frame.height / 2;
  }

  async function choose(name: ElementwiseActivationName): Promise<void> {
    await byTestId(`ae-fn-${name}`).click();
    await expect.poll(async () => (await status()).label).toBe(LABELS[name]);
  }

  test("starts with sigmoid at z = 1.5 and says lib's values, also in the readout and the table", async () => {
    expect(await byTestId('ae-fn-sigmoid').isChecked()).toBe(true);
    await expectLibValues('sigmoid', 1.5);
    const { g, dg } = lib('sigmoid', 1.5);
    expect(await byTestId('ae-value-g').locator('dd').innerText()).toBe(String(g));
    expect(await byTestId('ae-value-dg').locator('dd').innerText()).toBe(String(dg));
    expect(await byTestId('ae-status').getAttribute('aria-live')).toBe('polite');

    await w.widget.locator('details.ae-table summary').click();
    const rows = await tableRows(byTestId('ae-table'));
    const zs = [-5, -4, -3, -2, -1, 0, 1, 1.5, 2, 3, 4, 5];
    expect(rows.map((r) => parseNumber(r[0].replace(' (point)', '')))).toEqual(zs);
    expect(rows[7][0]).toContain('(point)');
    rows.forEach((row, i) => {
      const expected = lib('sigmoid', zs[i]);
      expect([parseNumber(row[1]), parseNumber(row[2])], `table row z = ${zs[i]}`).toEqual([expected.g, expected.dg]);
    });
  });

  test('choosing a function with the mouse changes the plotted paths and the status', async () => {
    const before = [await pathOf('ae-curve-g'), await pathOf('ae-curve-dg')];
    await w.widget.getByText('ReLU(z) = max(0, z)').click(); // the label's formula, as a reader clicks it
    expect(await byTestId('ae-fn-relu').isChecked()).toBe(true);
    await expectLibValues('relu', 1.5);
    expect(await pathOf('ae-curve-g')).not.toBe(before[0]);
    expect(await pathOf('ae-curve-dg')).not.toBe(before[1]);
  });

  test('choosing a function with the keyboard changes the plotted paths and the status', async () => {
    const before = await pathOf('ae-curve-g');
    await byTestId('ae-fn-sigmoid').focus();
    await w.page.keyboard.press('ArrowDown'); // the next radio button: tanh
    expect(await byTestId('ae-fn-tanh').isChecked()).toBe(true);
    await expectLibValues('tanh', 1.5);
    expect(await pathOf('ae-curve-g')).not.toBe(before);
    await w.page.keyboard.press('ArrowUp');
    await w.page.keyboard.press('ArrowUp'); // back past sigmoid to piecewise linear
    await expectLibValues('piecewiseLinear', 1.5);
  });

  test('every function is drawn without NaN, each is labelled with its formula, and the status follows', async () => {
    for (const name of NAMES) {
      await choose(name);
      const label = await byTestId(`ae-fn-${name}`).evaluate((input) => input.closest('label')?.textContent ?? '');
      expect(label, `${name}'s label shows a formula`).toMatch(/=/);
      await expectLibValues(name, 1.5, name === 'leakyRelu' ? 0.01 : name === 'elu' ? 1 : undefined);
      const notFinite = await plot().evaluate((svg) =>
        [svg, ...Array.from(svg.querySelectorAll('*'))].flatMap((element) =>
          Array.from(element.attributes).filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `<${element.tagName} ${a.name}="${a.value}">`),
        ),
      );
      expect(notFinite, name).toEqual([]);
      expect(await pathOf('ae-curve-g'), name).toMatch(/^M[\d.-]/);
      expect(await pathOf('ae-curve-dg'), name).toMatch(/^M[\d.-]/);
    }
  });

  test('a jump is never drawn as a line: the path splits, with a filled dot at the value and open circles at the ends', async () => {
    const subpaths = async (id: 'ae-curve-g' | 'ae-curve-dg') => ((await pathOf(id)).match(/M/g) ?? []).length;
    const marks = async (panel: 'fn' | 'slope') => ({
      filled: await byTestId(`ae-jumps-${panel}`).locator('.ae-filled').count(),
      open: await byTestId(`ae-jumps-${panel}`).locator('.ae-open').count(),
    });
    for (const name of ['heaviside', 'sign'] as const) {
      await choose(name);
      expect(await subpaths('ae-curve-g'), name).toBe(2);
      expect(await marks('fn'), name).toEqual({ filled: 1, open: 2 });
      // The filled dot sits at lib's value at exactly 0: ½ for Heaviside, 0 for sign.
      await plot().focus();
      await w.page.keyboard.press('0');
      const { g } = await expectLibValues(name, 0);
      const dot = await byTestId('ae-jumps-fn').locator('.ae-filled').getAttribute('cy');
      const point = await byTestId('ae-point-g').getAttribute('cy');
      expect(Number(dot)).toBeCloseTo(Number(point), 6);
      expect(g).toBe(name === 'heaviside' ? 0.5 : 0);
      expect((await status()).note).toMatch(/no slope there; this course uses 0 there/);
    }
    await choose('relu');
    expect(await subpaths('ae-curve-g')).toBe(1); // ReLU itself is continuous
    expect(await subpaths('ae-curve-dg')).toBe(2); // its derivative jumps at 0
    expect(await marks('slope')).toEqual({ filled: 1, open: 1 }); // 0 taken at 0, 1 not
    await choose('piecewiseLinear');
    expect(await subpaths('ae-curve-dg')).toBe(3);
    await choose('sigmoid');
    expect(await subpaths('ae-curve-g')).toBe(1);
    expect(await subpaths('ae-curve-dg')).toBe(1);
    expect(await marks('fn')).toEqual({ filled: 0, open: 0 });
  });

  test('the α slider shapes leaky ReLU and ELU, and is disabled for sigmoid', async () => {
    const slider = byTestId('ae-alpha');
    expect(await slider.isDisabled()).toBe(true);
    expect(await byTestId('ae-alpha-value').innerText()).toContain('not used by sigmoid');

    await choose('leakyRelu');
    expect(await slider.isEnabled()).toBe(true);
    expect([await slider.getAttribute('min'), await slider.getAttribute('max')]).toEqual(['0', '1']);
    await expectLibValues('leakyRelu', 1.5, 0.01);
    await plot().focus();
    await w.page.keyboard.press('Shift+ArrowLeft');
    await w.page.keyboard.press('Shift+ArrowLeft');
    await w.page.keyboard.press('Shift+ArrowLeft');
    await w.page.keyboard.press('Shift+ArrowLeft'); // z = −2.5
    await expectLibValues('leakyRelu', -2.5, 0.01);
    const before = await pathOf('ae-curve-g');
    await slider.fill('0.5');
    expect(await byTestId('ae-alpha-value').innerText()).toBe('α = 0.5');
    await expectLibValues('leakyRelu', -2.5, 0.5);
    expect(await pathOf('ae-curve-g')).not.toBe(before);
    // The keyboard moves the slider too.
    await slider.focus();
    await w.page.keyboard.press('ArrowRight');
    await expectLibValues('leakyRelu', -2.5, 0.51);

    await choose('elu');
    expect([await slider.getAttribute('min'), await slider.getAttribute('max')]).toEqual(['0.1', '3']);
    await slider.fill('3');
    await expectLibValues('elu', -2.5, 3);
    await slider.fill('0.1');
    await expectLibValues('elu', -2.5, 0.1);

    await choose('sigmoid');
    expect(await slider.isDisabled()).toBe(true);
    await choose('leakyRelu'); // each function keeps its own α
    await expectLibValues('leakyRelu', -2.5, 0.51);
  });

  test("a click on the plot places the point and a drag moves it, with lib's values", async () => {
    const y = await clientYMiddle();
    const cxBefore = await byTestId('ae-point-g').getAttribute('cx');
    await w.page.mouse.click(await clientX(-2), y);
    let s = await expectLibValues('sigmoid', (await status()).z);
    expect(s.z).toBeCloseTo(-2, 1);
    expect(await byTestId('ae-point-g').getAttribute('cx')).not.toBe(cxBefore);
    expect(await plot().getAttribute('aria-valuenow')).toBe(String(s.z));

    await w.page.mouse.move(await clientX(-3), y);
    await w.page.mouse.down();
    for (const z of [-2, -1, 0, 1, 2, 3]) await w.page.mouse.move(await clientX(z), y, { steps: 2 });
    await w.page.mouse.up();
    s = await expectLibValues('sigmoid', (await status()).z);
    expect(s.z).toBeCloseTo(3, 1);
    // The point on the derivative's curve follows, at g′(z) on the lower panel.
    const [gPoint, dgPoint] = [await byTestId('ae-point-g').boundingBox(), await byTestId('ae-point-dg').boundingBox()];
    expect(gPoint!.x + gPoint!.width / 2).toBeCloseTo(dgPoint!.x + dgPoint!.width / 2, 0);
    expect(gPoint!.x + gPoint!.width / 2).toBeCloseTo(await clientX(s.z), 0);
  });

  test('the arrow keys, Home, End and 0 move the point when the plot has focus', async () => {
    await plot().focus();
    const steps: [string, number][] = [
      ['0', 0],
      ['ArrowRight', 0.1],
      ['ArrowRight', 0.2],
      ['ArrowRight', 0.3],
      ['Shift+ArrowRight', 1.3],
      ['ArrowLeft', 1.2],
      ['Shift+ArrowLeft', 0.2],
      ['Home', -5],
      ['ArrowLeft', -5],
      ['End', 5],
      ['ArrowRight', 5],
    ];
    for (const [key, z] of steps) {
      await w.page.keyboard.press(key);
      const s = await expectLibValues('sigmoid', z);
      expect(s.z, `after ${key}`).toBe(z);
      expect(await plot().getAttribute('aria-valuenow')).toBe(String(z));
    }
    // The tangent goes through the point; for the linear function it is the curve itself.
    const tangent = () =>
      byTestId('ae-tangent').evaluate((line) => {
        const l = line as SVGLineElement;
        return [l.x1, l.y1, l.x2, l.y2].map((a) => a.baseVal.value);
      });
    const point = async () => [Number(await byTestId('ae-point-g').getAttribute('cx')), Number(await byTestId('ae-point-g').getAttribute('cy'))];
    await w.page.keyboard.press('Shift+ArrowLeft'); // z = 4
    const [x1, y1, x2, y2] = await tangent();
    const [cx, cy] = await point();
    expect(y1 + ((cx - x1) / (x2 - x1)) * (y2 - y1)).toBeCloseTo(cy, 3); // SVG lengths are 32-bit floats
    expect(y2).toBeLessThan(y1); // sigmoid rises: the tangent goes up (to smaller y) to the right
    await choose('linear');
    const ends = (await pathOf('ae-curve-g')).match(/^M([\d.-]+),([\d.-]+).*L([\d.-]+),([\d.-]+)$/)!.slice(1).map(Number);
    (await tangent()).forEach((v, k) => expect(v, 'the tangent of z is z').toBeCloseTo(ends[k], 3));
  });

  test('where the derivative does not exist, the status says so and names the convention', async () => {
    await choose('relu');
    await plot().focus();
    await w.page.keyboard.press('0');
    const s = await expectLibValues('relu', 0);
    expect(s.note).toBe('ReLU has no slope at exactly 0; this course uses 0 there.');
    expect(await byTestId('ae-value-dg').innerText()).toContain('by convention');
    await w.page.keyboard.press('ArrowRight');
    expect((await status()).note).toBeNull();

    await choose('leakyRelu');
    await plot().focus();
    await w.page.keyboard.press('0');
    expect((await expectLibValues('leakyRelu', 0, 0.01)).note).toMatch(/no slope at exactly 0 .*uses α there/);
  });
});
