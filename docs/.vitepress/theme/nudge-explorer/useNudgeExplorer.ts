/**
 * The state of the nudge explorer apart from how it is drawn: which function, the point a, the
 * step h, forward or central; the values there, the sentence the live region says and the rows
 * of the table. Every difference quotient and relative error is lib's (lib/gradcheck.ts); with
 * "Use my code" on (npm start), the learner's chapter 3 (and chapter 2's σ and tanh) instead,
 * through learner-recipes.ts.
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { centralDifference, forwardDifference, relativeError } from '../../../../lib/gradcheck.ts';
import { useLearnerCode } from '../learner-code/index.ts';
import { formatNumber } from '../widget-kit/format-number.ts';
import { useSettlingStatus } from '../widget-kit/use-settling-status.ts';
import { FUNCTIONS, STEPS, functionInfo, type NudgeFunctionName } from './catalogue.ts';
import * as recipes from './learner-recipes.ts';
import type { NudgeValues } from './learner-recipes.ts';
import { sample, sampledAt } from './plot.ts';
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

/** The steps the table lists for the slider at h: every power of ten, and h when it is not one. */
export const tableSteps = (h: number): number[] => STEPS.filter((s) => Number.isInteger(Math.log10(s)) || s === h);

/** The learner's numbers for one redraw, with what they were computed for. */
interface LearnerNumbers extends NudgeValues {
  name: NudgeFunctionName;
  h: number;
  hs: number[];
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

  const learner = useLearnerCode('nudge-explorer');
  const learnerNumbers = shallowRef<LearnerNumbers | null>(null);
  let numbersRun = 0;
  watch(
    [name, a, h, learner.enabled, learner.version],
    async () => {
      const run = ++numbersRun;
      if (!learner.enabled.value) {
        learnerNumbers.value = null;
        return;
      }
      const at = name.value;
      const input = { curveAt: sampledAt(info.value.view), a: a.value, h: h.value, hs: tableSteps(h.value) };
      const values = await learner.run(at, recipes[at], input, { showsAll: true });
      if (run === numbersRun) learnerNumbers.value = { ...values, name: at, h: input.h, hs: input.hs };
    },
    { immediate: true },
  );
  /**
   * The learner's numbers, once theirs for this function have arrived. While a or h moves, those of
   * the previous a or h stay until the next arrive (one run each), rather than flicker to lib's.
   */
  const mine = computed(() => (learnerNumbers.value?.name === name.value ? learnerNumbers.value : null));
  /** Their quotient of `kind` at the h they were computed for. */
  const mineAtH = (numbers: LearnerNumbers, kind: Method) => numbers[kind][numbers.hs.indexOf(numbers.h)];

  /** f across the plot, as [a, f(a)]. */
  const curve = computed(() => {
    const numbers = mine.value;
    return numbers ? sampledAt(info.value.view).map((at, i) => [at, numbers.curve[i]] as [number, number]) : sample(info.value.f, info.value.view);
  });
  const fa = computed(() => mine.value?.fa ?? info.value.f(a.value));
  const fPlus = computed(() => mine.value?.fPlus ?? info.value.f(a.value + h.value));
  const fMinus = computed(() => mine.value?.fMinus ?? info.value.f(a.value - h.value));
  const estimate = computed(() => (mine.value ? mineAtH(mine.value, method.value) : quotient(method.value, info.value.f, a.value, h.value)));
  const exact = computed(() => mine.value?.exact ?? info.value.df(a.value));
  const error = computed(() => estimate.value - exact.value);
  const relative = computed(() => mine.value?.relative[method.value] ?? relativeError(estimate.value, exact.value));

  const describe = () =>
    `f(a) = ${info.value.label} at a = ${fmt(a.value)}, h = ${fmt(h.value)}: ${method.value} difference = ${fmt(estimate.value)}, ` +
    `f′(a) = ${fmt(exact.value)}, error = ${fmtError(error.value)}, relative error = ${fmtError(relative.value)}`;

  // The learner's numbers arrive after the change that asked for them: the sentence says them then.
  const { status, hold, release } = useSettlingStatus(describe, [name, a, h, method, mine]);

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
    const numbers = mine.value;
    const hs = numbers?.hs ?? tableSteps(h.value);
    const { f } = info.value;
    return hs.map((step, i) => {
      const forward = numbers ? numbers.forward[i] : quotient('forward', f, a.value, step);
      const central = numbers ? numbers.central[i] : quotient('central', f, a.value, step);
      return { h: step, forward, forwardError: forward - exact.value, central, centralError: central - exact.value, current: step === h.value };
    });
  });

  return {
    name, a, h, stepIndex, method, info, curve, fa, fPlus, fMinus, estimate, exact, error, relative, status, table, setA, setStepIndex, hold, release, learner,
  };
}
