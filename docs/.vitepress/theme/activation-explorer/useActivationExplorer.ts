/**
 * The state of the activation explorer apart from how it is drawn: which activation, its α, the
 * point z, the values there, the sentence the live region says and the rows of the table. Every
 * number is lib's (lib/activations.ts, through catalogue.ts); with "Use my code" on (npm start),
 * the learner's chapter 2 activation and chapter 3 derivative instead, through learner-recipes.ts.
 */
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useLearnerCode } from '../learner-code/index.ts';
import { formatNumber } from '../widget-kit/format-number.ts';
import { useSettlingStatus } from '../widget-kit/use-settling-status.ts';
import { ACTIVATIONS, activationInfo, libFunctions, type ElementwiseActivationName } from './catalogue.ts';
import * as recipes from './learner-recipes.ts';
import { sampledZs } from './plot.ts';
import { clampRound } from '../widget-kit/clamp-round.ts';

export const Z_MIN = -5;
export const Z_MAX = 5;
/** Arrow keys move z by this, Shift+arrow by BIG_STEP. */
export const STEP = 0.1;
export const BIG_STEP = 1;

/** A number with at most 6 significant digits, a true minus sign and no "-0": 0.817574, −0.5. */
export const fmt = (value: number): string => formatNumber(value, 6);

/** z clamped to the plot and rounded to hundredths (so 0.1 steps add up to 0.3, not 0.30000000000000004). */
export const clampZ = (z: number): number => clampRound(z, Z_MIN, Z_MAX, 2);

/**
 * Every z the point can take (clampZ's values, so a lookup by z finds them exactly): with the
 * learner's values there, moving the point needs no run of their code, only a change of function
 * or of α does.
 */
const POINT_ZS = Array.from({ length: (Z_MAX - Z_MIN) * 100 + 1 }, (_, i) => clampZ(Z_MIN + i / 100));

/** The learner's g and g′ of one activation at one α, by z. */
interface LearnerCurves {
  name: ElementwiseActivationName;
  g: Map<number, number>;
  dg: Map<number, number>;
}

export function useActivationExplorer(initial: ElementwiseActivationName = 'sigmoid', initialZ = 1.5) {
  const name = ref<ElementwiseActivationName>(initial);
  const z = ref(clampZ(initialZ));
  /** One α per function that takes one, so switching back and forth keeps each. */
  const alphas = reactive(
    Object.fromEntries(ACTIVATIONS.filter((a) => a.alpha).map((a) => [a.name, a.alpha!.initial])) as Record<string, number>,
  );

  const info = computed(() => activationInfo(name.value));
  const alphaRange = computed(() => info.value.alpha ?? null);
  /** The selected function's α, or null when it takes none. */
  const alpha = computed<number | null>({
    get: () => (info.value.alpha ? alphas[name.value] : null),
    set: (value) => {
      const range = info.value.alpha;
      if (!range || value === null || !Number.isFinite(value)) return;
      alphas[name.value] = Math.min(range.max, Math.max(range.min, value));
    },
  });
  const libFns = computed(() => libFunctions(name.value, alpha.value ?? 0));

  const learner = useLearnerCode('activation-explorer');
  /** The learner's values for the curves drawn, the table and the point, while "Use my code" is on. */
  const learnerCurves = shallowRef<LearnerCurves | null>(null);
  let curvesRun = 0;
  watch(
    [name, alpha, learner.enabled, learner.version],
    async () => {
      const run = ++curvesRun;
      if (!learner.enabled.value) {
        learnerCurves.value = null;
        return;
      }
      const at = name.value;
      const zs = [...new Set([...sampledZs(activationInfo(at).breaks, Z_MIN, Z_MAX), ...POINT_ZS])];
      const values = await learner.run(at, recipes[at], { zs, alpha: alpha.value ?? 0 }, { showsAll: true });
      if (run !== curvesRun) return; // the function or α changed meanwhile
      const byZ = (column: number[]) => new Map(zs.map((z, i) => [z, column[i]]));
      learnerCurves.value = { name: at, g: byZ(values.g), dg: byZ(values.dg) };
    },
    { immediate: true },
  );
  /** Whether the curves and numbers shown are the learner's. */
  const showsLearners = computed(() => learnerCurves.value?.name === name.value);
  /**
   * g and g′ as drawn: lib's, or the learner's once theirs for this function have arrived. While α
   * moves, the learner's at the previous α stay until the next arrive, rather than flicker to lib's.
   * A z they were not evaluated at would be lib's, but the widget asks for none.
   */
  const fns = computed(() => {
    const lib = libFns.value;
    const mine = learnerCurves.value;
    if (!mine || !showsLearners.value) return lib;
    return { g: (at: number) => mine.g.get(at) ?? lib.g(at), dg: (at: number) => mine.dg.get(at) ?? lib.dg(at) };
  });
  const g = computed(() => fns.value.g(z.value));
  const dg = computed(() => fns.value.dg(z.value));
  /** Where the derivative does not exist at z, the sentence saying so; otherwise null. */
  const noSlope = computed(() => info.value.noSlope(z.value, alpha.value ?? 0));

  const describe = () => {
    const withAlpha = alpha.value === null ? '' : ` (α = ${fmt(alpha.value)})`;
    const values = `${info.value.label}${withAlpha} at z = ${fmt(z.value)}: g(z) = ${fmt(g.value)}, g′(z) = ${fmt(dg.value)}`;
    return noSlope.value ? `${values}. ${noSlope.value}` : values;
  };

  // The learner's values arrive after the change that asked for them: the sentence says them then.
  const { status, hold, release } = useSettlingStatus(describe, [name, alpha, z, learnerCurves]);

  function setZ(value: number): void {
    z.value = clampZ(value);
  }

  /** z from −5 to 5 in steps of 1, and the current z among them when it is not one of those. */
  const table = computed(() => {
    const zs = Array.from({ length: Z_MAX - Z_MIN + 1 }, (_, i) => Z_MIN + i);
    if (!zs.includes(z.value)) zs.push(z.value);
    zs.sort((a, b) => a - b);
    const { g: gf, dg: dgf } = fns.value;
    return zs.map((at) => ({
      z: at,
      g: gf(at),
      dg: dgf(at),
      noSlope: info.value.noSlope(at, alpha.value ?? 0) !== null,
      current: at === z.value,
    }));
  });

  return { name, z, alpha, alphaRange, info, fns, showsLearners, g, dg, noSlope, status, table, setZ, hold, release, learner };
}
