/**
 * The state of the activation explorer apart from how it is drawn: which activation, its α, the
 * point z, the values there, the sentence the live region says and the rows of the table. Every
 * number is lib's (lib/activations.ts, through catalogue.ts).
 */
import { computed, reactive, ref } from 'vue';
import { formatNumber } from '../widget-kit/format-number.ts';
import { useSettlingStatus } from '../widget-kit/use-settling-status.ts';
import { ACTIVATIONS, activationInfo, libFunctions, type ElementwiseActivationName } from './catalogue.ts';
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
  const fns = computed(() => libFunctions(name.value, alpha.value ?? 0));
  const g = computed(() => fns.value.g(z.value));
  const dg = computed(() => fns.value.dg(z.value));
  /** Where the derivative does not exist at z, the sentence saying so; otherwise null. */
  const noSlope = computed(() => info.value.noSlope(z.value, alpha.value ?? 0));

  const describe = () => {
    const withAlpha = alpha.value === null ? '' : ` (α = ${fmt(alpha.value)})`;
    const values = `${info.value.label}${withAlpha} at z = ${fmt(z.value)}: g(z) = ${fmt(g.value)}, g′(z) = ${fmt(dg.value)}`;
    return noSlope.value ? `${values}. ${noSlope.value}` : values;
  };

  const { status, hold, release } = useSettlingStatus(describe, [name, alpha, z]);

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

  return { name, z, alpha, alphaRange, info, fns, g, dg, noSlope, status, table, setZ, hold, release };
}
