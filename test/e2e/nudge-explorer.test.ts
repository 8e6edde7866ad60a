/**
 * The nudge explorer, on every built page that places <NudgeExplorer />: it responds to the mouse
 * and the keyboard, the numbers it says are lib's (the difference quotients of lib/gradcheck.ts and
 * the page's functions, computed here in the test process), shrinking h by keyboard turns the
 * secant into the tangent, it passes axe in light and dark mode, and it fits a 360 px phone.
 * E2E_SCREENSHOTS=<folder> also saves pictures of it (desktop and phone, light and dark).
 */
import { expect, test } from 'vitest';
import { sigmoid, sigmoidPrime, tanh, tanhPrime } from '../../lib/activations.ts';
import { centralDifference, forwardDifference, relativeError } from '../../lib/gradcheck.ts';
import { cube, log, square, threeA } from '../../docs/worked/03-derivatives.ts';
import { describeWidget, tableRows, type SharedChecks } from './widget-harness.ts';
import { nudgeExplorer } from './widgets.ts';

type Name = 'threeA' | 'square' | 'cube' | 'log' | 'sigmoid' | 'tanh';
/** As the radio buttons and the status sentence name them, with the functions the page teaches. */
const FUNCTIONS: Record<Name, { label: string; f: (a: number) => number; df: (a: number) => number; range: [number, number] }> = {
  threeA: { label: '3a', ...threeA, range: [-2, 2] },
  square: { label: 'a²', ...square, range: [-2, 2] },
  cube: { label: 'a³', ...cube, range: [-1.5, 1.5] },
  log: { label: 'ln a', ...log, range: [1.1, 4] },
  sigmoid: { label: 'σ(a)', f: sigmoid, df: sigmoidPrime, range: [-4, 4] },
  tanh: { label: 'tanh a', f: tanh, df: tanhPrime, range: [-3, 3] },
};
const nameOfLabel = (label: string) => (Object.keys(FUNCTIONS) as Name[]).find((n) => FUNCTIONS[n].label === label);
/** The slider's steps, from 1 down to 10⁻⁶ (1, 0.5, 0.2, 0.1, …). */
const STEPS = [0, 1, 2, 3, 4, 5, 6].flatMap((k) => (k === 6 ? [1e-6] : [1, 0.5, 0.2].map((m) => Number((m * 10 ** -k).toPrecision(1)))));

/** lib's numbers for one state of the widget. */
function lib(name: Name, a: number, h: number, method: 'forward' | 'central') {
  const { f, df } = FUNCTIONS[name];
  const estimate = method === 'forward' ? forwardDifference(f, a, h) : centralDifference(f, a, h);
  const exact = df(a);
  return { estimate, exact, error: estimate - exact, relative: relativeError(estimate, exact), fa: f(a), fPlus: f(a + h), fMinus: f(a - h) };
}

/** A number as the widget prints it: a true minus sign, maybe an exponent. */
const NUMBER = String.raw`−?\d+(?:\.\d+)?(?:e[−+]?\d+)?`;
const STATUS = new RegExp(
  String.raw`^f\(a\) = (.+?) at a = (${NUMBER}), h = (${NUMBER}): (forward|central) difference = (${NUMBER}), f′\(a\) = (${NUMBER}), error = (${NUMBER}), relative error = (${NUMBER})$`,
);
const parseNumber = (text: string) => Number(text.replace(/−/g, '-'));

interface Status {
  name: Name;
  a: number;
  h: number;
  method: 'forward' | 'central';
  estimate: number;
  exact: number;
  error: number;
  relative: number;
}

function parseStatus(text: string): Status {
  const m = STATUS.exec(text.trim());
  if (!m) throw new Error(`the status does not read "f(a) = … at a = …, h = …: … difference = …, f′(a) = …, error = …, relative error = …": ${JSON.stringify(text)}`);
  const name = nameOfLabel(m[1]);
  if (!name) throw new Error(`the status names an unknown function ${m[1]}`);
  return {
    name,
    a: parseNumber(m[2]),
    h: parseNumber(m[3]),
    method: m[4] as 'forward' | 'central',
    estimate: parseNumber(m[5]),
    exact: parseNumber(m[6]),
    error: parseNumber(m[7]),
    relative: parseNumber(m[8]),
  };
}

/** Printed with 12 significant digits. */
const twelve = (v: number) => Number(v.toPrecision(12));
/** Printed with 3 significant digits: equal up to the last one. */
const expectThreeDigits = (printed: number, value: number, what: string) =>
  expect(Math.abs(printed - value), `${what}: printed ${printed}, lib ${value}`).toBeLessThanOrEqual(Math.abs(value) * 0.0051 + 1e-300);

const checks: SharedChecks = {
  phone: {
    still: 'still moves its point',
    before: ({ widget }) => widget.locator('[data-testid="ne-method-central"]').click(),
    responds: async ({ page, widget }) => {
      await widget.locator('[data-testid="ne-plot"]').scrollIntoViewIfNeeded();
      const frame = (await widget.locator('.ne-frame').boundingBox())!;
      await page.mouse.click(frame.x + frame.width * 0.25, frame.y + frame.height / 2); // a = −1.5
      const s = parseStatus(await widget.locator('[data-testid="ne-status"]').innerText());
      expect(s.a).toBeCloseTo(-1.5, 1);
      expect(s.estimate).toBe(twelve(lib('square', s.a, 0.5, 'central').estimate));
    },
  },
  screenshot: async ({ widget }) => {
    await widget.locator('[data-testid="ne-fn-sigmoid"]').click();
    await widget.locator('[data-testid="ne-method-central"]').click();
    await widget.locator('details.ne-table summary').click();
  },
};

describeWidget(nudgeExplorer, checks, (w) => {
  const byTestId = w.byTestId;
  const status = async () => parseStatus(await byTestId('ne-status').innerText());
  const plot = () => byTestId('ne-plot');

  /** The status shows `name` at a with step h and lib's numbers. */
  async function expectLibValues(name: Name, a: number, h: number, method: 'forward' | 'central'): Promise<Status> {
    const s = await status();
    expect(s.name).toBe(name);
    expect(s.a).toBeCloseTo(a, 10);
    expect(s.h).toBe(h);
    expect(s.method).toBe(method);
    const want = lib(name, s.a, h, method);
    expect(s.estimate, `${method} difference of ${name} at a = ${s.a}, h = ${h}`).toBe(twelve(want.estimate));
    expect(s.exact, `f′(${s.a})`).toBe(twelve(want.exact));
    expectThreeDigits(s.error, want.error, 'error');
    expectThreeDigits(s.relative, want.relative, 'relative error');
    return s;
  }

  /** The plot frame's box in viewport pixels, scrolled into view first: a mouse event off screen hits nothing. */
  async function frameBox() {
    const frame = w.widget.locator('.ne-frame');
    await frame.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    return (await frame.boundingBox())!;
  }
  /** The client x of a on the plot, whose a axis spans `view`. */
  async function clientX(a: number, view: [number, number]): Promise<number> {
    const frame = await frameBox();
    return frame.x + ((a - view[0]) / (view[1] - view[0])) * frame.width;
  }
  /** The slope, in pixels, of a drawn line. */
  const pixelSlope = (id: string) =>
    byTestId(id).evaluate((line) => {
      const l = line as SVGLineElement;
      const [x1, y1, x2, y2] = [l.x1, l.y1, l.x2, l.y2].map((v) => v.baseVal.value);
      return (y2 - y1) / (x2 - x1);
    });

  test("starts with a² at a = 1, h = 0.5, forward, and says lib's numbers, also in the readout and the table", async () => {
    expect(await byTestId('ne-fn-square').isChecked()).toBe(true);
    expect(await byTestId('ne-method-forward').isChecked()).toBe(true);
    await expectLibValues('square', 1, 0.5, 'forward');
    const want = lib('square', 1, 0.5, 'forward');
    const readout = async (id: string) => parseNumber(await byTestId(id).locator('dd').innerText());
    expect(await readout('ne-value-fa')).toBe(twelve(want.fa));
    expect(await readout('ne-value-fplus')).toBe(twelve(want.fPlus));
    expect(await readout('ne-value-estimate')).toBe(twelve(want.estimate));
    expect(await readout('ne-value-exact')).toBe(twelve(want.exact));
    expect(await byTestId('ne-value-fminus').count()).toBe(0); // the forward difference does not use f(a − h)
    expect(await byTestId('ne-status').getAttribute('aria-live')).toBe('polite');
    expect(await byTestId('ne-step').getAttribute('aria-valuetext')).toBe('h = 0.5');

    await w.widget.locator('details.ne-table summary').click();
    const rows = await tableRows(byTestId('ne-table'));
    const hs = [1, 0.5, 0.1, 0.01, 0.001, 1e-4, 1e-5, 1e-6];
    expect(rows.map((r) => parseNumber(r[0].replace(' (slider)', '')))).toEqual(hs);
    expect(rows[1][0]).toContain('(slider)');
    rows.forEach((row, i) => {
      expect(parseNumber(row[1]), `forward at h = ${hs[i]}`).toBe(twelve(lib('square', 1, hs[i], 'forward').estimate));
      expect(parseNumber(row[3]), `central at h = ${hs[i]}`).toBe(twelve(lib('square', 1, hs[i], 'central').estimate));
      expectThreeDigits(parseNumber(row[2]), lib('square', 1, hs[i], 'forward').error, `forward error at h = ${hs[i]}`);
    });
  });

  test('choosing a function with the mouse or the keyboard changes the curve and the status', async () => {
    const curve = () => byTestId('ne-curve').getAttribute('d');
    const before = await curve();
    await w.widget.getByText('ln a', { exact: true }).click();
    expect(await byTestId('ne-fn-log').isChecked()).toBe(true);
    await expectLibValues('log', 2, 0.5, 'forward');
    expect(await curve()).not.toBe(before);

    await byTestId('ne-fn-log').focus();
    await w.page.keyboard.press('ArrowRight'); // the next radio button: σ
    expect(await byTestId('ne-fn-sigmoid').isChecked()).toBe(true);
    await expectLibValues('sigmoid', 1, 0.5, 'forward');
    await w.page.keyboard.press('ArrowRight');
    await expectLibValues('tanh', 1, 0.5, 'forward');
    for (const name of ['threeA', 'cube'] as const) {
      await byTestId(`ne-fn-${name}`).click();
      await expectLibValues(name, 1, 0.5, 'forward');
      expect(await curve(), name).toMatch(/^M[\d.-]/);
    }
  });

  test("a click on the plot places the point and a drag moves it, with lib's numbers", async () => {
    const view: [number, number] = [-3, 3];
    const frame = await frameBox();
    const y = frame.y + frame.height / 2;
    await w.page.mouse.click(await clientX(-1.5, view), y);
    let s = await expectLibValues('square', (await status()).a, 0.5, 'forward');
    expect(s.a).toBeCloseTo(-1.5, 1);
    expect(await plot().getAttribute('aria-valuenow')).toBe(String(s.a));

    await w.page.mouse.move(await clientX(-1, view), y);
    await w.page.mouse.down();
    for (const a of [-0.5, 0, 0.5, 1, 1.5]) await w.page.mouse.move(await clientX(a, view), y, { steps: 2 });
    await w.page.mouse.up();
    s = await expectLibValues('square', (await status()).a, 0.5, 'forward');
    expect(s.a).toBeCloseTo(1.5, 1);
    const point = await byTestId('ne-point-a').boundingBox();
    expect(point!.x + point!.width / 2).toBeCloseTo(await clientX(s.a, view), 0);
  });

  test('the arrow keys, Home and End move the point when the plot has focus, within the range', async () => {
    await plot().focus();
    // Each key, and where it leaves a: a steps by 0.1, by 1 with Shift, and stops at the range's ends.
    const steps: [string, number][] = [['ArrowRight', 1.1], ['ArrowRight', 1.2], ['ArrowLeft', 1.1], ['Shift+ArrowLeft', 0.1]];
    steps.push(['Home', -2], ['ArrowLeft', -2], ['End', 2], ['ArrowRight', 2]);
    for (const [key, a] of steps) {
      await w.page.keyboard.press(key);
      const s = await expectLibValues('square', a, 0.5, 'forward');
      expect(s.a, `after ${key}`).toBe(a);
    }
    // The tangent goes through the point with the slope f′(a).
    const [x1, y1, x2, y2] = await byTestId('ne-tangent').evaluate((line) => {
      const l = line as SVGLineElement;
      return [l.x1, l.y1, l.x2, l.y2].map((v) => v.baseVal.value);
    });
    const cx = Number(await byTestId('ne-point-a').getAttribute('cx'));
    const cy = Number(await byTestId('ne-point-a').getAttribute('cy'));
    expect(y1 + ((cx - x1) / (x2 - x1)) * (y2 - y1)).toBeCloseTo(cy, 1); // SVG lengths are 32-bit floats
  });

  test('shrinking h with the keyboard turns the secant into the tangent, and the error shrinks', async () => {
    await byTestId('ne-fn-cube').click();
    const slider = byTestId('ne-step');
    await slider.focus();
    let previous = Math.abs((await status()).error);
    let gap = Math.abs((await pixelSlope('ne-secant')) - (await pixelSlope('ne-tangent')));
    for (let i = 2; i < STEPS.length; i++) {
      await w.page.keyboard.press('ArrowRight');
      const s = await expectLibValues('cube', 1, STEPS[i], 'forward');
      expect(await slider.getAttribute('aria-valuetext')).toBe(`h = ${String(STEPS[i])}`);
      expect(Math.abs(s.error), `the error at h = ${STEPS[i]}`).toBeLessThan(previous);
      const nowGap = Math.abs((await pixelSlope('ne-secant')) - (await pixelSlope('ne-tangent')));
      // Below h = 10⁻⁴ the two lines differ by less than the float32 precision of SVG coordinates.
      if (STEPS[i] >= 1e-4) expect(nowGap, `the secant's slope against the tangent's at h = ${STEPS[i]}`).toBeLessThan(gap);
      [previous, gap] = [Math.abs(s.error), nowGap];
    }
    expect(gap).toBeLessThan(1e-3); // at h = 10⁻⁶ the two lines are one on the screen
    await w.page.keyboard.press('Home');
    await expectLibValues('cube', 1, 1, 'forward');
  });

  test('the central difference uses f(a − h), draws its point, and is exact for a²', async () => {
    await byTestId('ne-method-central').click();
    const s = await expectLibValues('square', 1, 0.5, 'central');
    expect(Math.abs(s.error)).toBeLessThan(1e-12);
    expect(parseNumber(await byTestId('ne-value-fminus').locator('dd').innerText())).toBe(twelve(square.f(0.5)));
    expect(await byTestId('ne-point-minus').count()).toBe(1);
    // The secant from a − h to a + h is parallel to the tangent.
    expect(await pixelSlope('ne-secant')).toBeCloseTo(await pixelSlope('ne-tangent'), 6);
    // By keyboard: back to forward with the arrow keys of the radio group.
    await byTestId('ne-method-central').focus();
    await w.page.keyboard.press('ArrowLeft');
    await expectLibValues('square', 1, 0.5, 'forward');
    expect(await byTestId('ne-point-minus').count()).toBe(0);
  });
});
