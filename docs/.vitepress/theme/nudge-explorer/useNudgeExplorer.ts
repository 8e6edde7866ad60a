/**
 * The state of the nudge explorer apart from how it is drawn: which function, the point a, the
 * step h, forward or central; the values there, the sentence the live region says and the rows
 * of the table. Every difference quotient and relative error is lib's (lib/gradcheck.ts).
 */
import { computed, ref } from 'vue';
import { centralDifference, forwardDifference, relativeError } from '../../../../lib/gradcheck.ts';
import { formatNumber } from '../widget-kit/format-number.ts';
import { useSettlingStatus } from '../widget-kit/use-settling-status.ts';
import { FUNCTIONS, STEPS, functionInfo, type NudgeFunctionName } from './catalogue.ts';
import { clampRound } from '../widget-kit/clamp-round.ts';

export type Method = 'forward' | 'central';

/** Arrow keys move a by this, Shift+arrow by BIG_STEP. */
export const STEP = 0.1;
export const BIG_STEP = 1;

/** A function value or a quotient: 12 significant digits, enough to see a nudge of 10⁻⁶ move it. */
export const fmt = (value: number, digits = 12): string => formatNumber(value, digits);

/** An error: 3 significant digits, in exponent notation once it is below 0.001 ("−1.25e−7"). */
export function fmtError(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 1e-3) return fmt(value, 3);
  const [mantissa, exponent] = value.toExponential(2).split('e');
  return `${String(Number(mantissa))}e${exponent.replace('+', '')}`.replace(/-/g, '−');
}

/** The difference quotient of `method` with step h, as lib computes it. */
export function quotient(method: Method, f: (a: number) => number, a: number, h: number): number {
  return method === 'forward' ? forwardDifference(f, a, h) : centralDifference(f, a, h);
}

export function useNudgeExplorer(initial: NudgeFunctionName = 'square') {
  const name = ref<NudgeFunctionName>(initial);
  /** One a per function, so switching back and forth keeps each. */
  const points = ref(Object.fromEntries(FUNCTIONS.map((f) => [f.name, f.initial])) as Record<NudgeFunctionName, number>);
  /** The index of h in STEPS: 1 = 0.5 at the start, a secant far from the tangent. */
  const stepIndex = ref(1);
  const method = ref<Method>('forward');

  const info = computed(() => functionInfo(name.value));
  const a = computed(() => points.value[name.value]);
  const h = computed(() => STEPS[stepIndex.value]);
  const fa = computed(() => info.value.f(a.value));
  const fPlus = computed(() => info.value.f(a.value + h.value));
  const fMinus = computed(() => info.value.f(a.value - h.value));
  const estimate = computed(() => quotient(method.value, info.value.f, a.value, h.value));
  const exact = computed(() => info.value.df(a.value));
  const error = computed(() => estimate.value - exact.value);
  const relative = computed(() => relativeError(estimate.value, exact.value));

  const describe = () =>
    `f(a) = ${info.value.label} at a = ${fmt(a.value)}, h = ${fmt(h.value)}: ${method.value} difference = ${fmt(estimate.value)}, ` +
    `f′(a) = ${fmt(exact.value)}, error = ${fmtError(error.value)}, relative error = ${fmtError(relative.value)}`;

  const { status, hold, release } = useSettlingStatus(describe, [name, a, h, method]);

  /** a clamped to the function's range and rounded to hundredths (0.1 steps add up to 0.3, not 0.30000000000000004). */
  function setA(value: number): void {
    const [lo, hi] = info.value.aRange;
    points.value = { ...points.value, [name.value]: clampRound(value, lo, hi, 2) };
  }

  function setStepIndex(index: number): void {
    if (Number.isFinite(index)) stepIndex.value = Math.min(STEPS.length - 1, Math.max(0, Math.round(index)));
  }

  /** Every power of ten the slider reaches, and the current h among them when it is not one. */
  const table = computed(() => {
    const hs = STEPS.filter((s) => Number.isInteger(Math.log10(s)) || s === h.value);
    const { f } = info.value;
    return hs.map((step) => {
      const forward = quotient('forward', f, a.value, step);
      const central = quotient('central', f, a.value, step);
      return { h: step, forward, forwardError: forward - exact.value, central, centralError: central - exact.value, current: step === h.value };
    });
  });

  return { name, a, h, stepIndex, method, info, fa, fPlus, fMinus, estimate, exact, error, relative, status, table, setA, setStepIndex, hold, release };
}
