/**
 * The state of <GradientNorms> apart from how it is drawn: the network's depth, activation and
 * initialisation, lib's measurement of it (deep-network.ts), the sentence the live region says and
 * the rows of the table. Every number is lib's, recomputed whenever a setting changes; with "Use
 * my code" on (npm start), the norms are the learner's gradientNormsByLayer's, of their heInit's
 * weights where the setting is He (learner-recipes.ts).
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { useLearnerCode } from '../learner-code/index.ts';
import {
  ACTIVATION_LABELS,
  DEFAULT_BATCH,
  DEFAULT_WIDTH,
  INIT_LABELS,
  measureDeepNetwork,
  type DeepActivation,
  type DeepInit,
  type DeepMeasurement,
} from './deep-network.ts';

export const DEPTH_MIN = 1;
export const DEPTH_MAX = 30;
export const ACTIVATIONS = Object.keys(ACTIVATION_LABELS) as DeepActivation[];
export const INITS = Object.keys(INIT_LABELS) as DeepInit[];

/** "2.6e−7", "0.46", "530000": 2 significant digits, powers of ten outside [0.001, 10⁵). */
export function fmtNorm(value: number): string {
  if (value === 0) return '0';
  const text = Math.abs(value) >= 1e-3 && Math.abs(value) < 1e5 ? String(Number(value.toPrecision(2))) : value.toExponential(1).replace('e+', 'e');
  return text.replace(/-/g, '−');
}

export function useGradientNorms(initial: { depth?: number; activation?: DeepActivation; init?: DeepInit } = {}) {
  const depth = ref(initial.depth ?? 10);
  const activation = ref<DeepActivation>(initial.activation ?? 'sigmoid');
  const init = ref<DeepInit>(initial.init ?? 'xavier');

  const setup = () => ({ depth: depth.value, activation: activation.value, init: init.value });
  const libMeasured = computed(() => measureDeepNetwork(setup()));

  const learner = useLearnerCode('gradient-norms');
  /** The learner's measurement of the setting `key`, while "Use my code" is on. */
  const learnerView = shallowRef<{ key: string; measured: DeepMeasurement } | null>(null);
  const settingKey = () => `${depth.value}/${activation.value}/${init.value}`;
  let runs = 0;
  watch(
    [depth, activation, init, learner.enabled, learner.version],
    async () => {
      const run = ++runs;
      if (!learner.enabled.value) {
        learnerView.value = null;
        return;
      }
      const key = settingKey();
      // Loaded on first use, so the built page (which has no learner) does not fetch the recipes.
      const recipes = await import('./learner-recipes.ts');
      const name = recipes.recipeFor(setup());
      const result = await learner.run(name, recipes[name] as typeof recipes.norms, recipes.normsInput(setup()), { showsAll: true });
      if (run === runs) learnerView.value = { key, measured: result };
    },
    { immediate: true },
  );
  const measured = computed(() => (learnerView.value?.key === settingKey() ? learnerView.value.measured : libMeasured.value));
  const norms = computed(() => measured.value.norms);

  const describe = () => {
    const n = norms.value;
    const firstNorm = n[0];
    const lastNorm = n[n.length - 1];
    const setting = `${depth.value} hidden layer${depth.value === 1 ? '' : 's'}, ${ACTIVATION_LABELS[activation.value]}, ${INIT_LABELS[init.value]}`;
    const ratio = firstNorm > 0 && lastNorm > 0 ? lastNorm / firstNorm : NaN;
    const comparison = !Number.isFinite(ratio)
      ? ''
      : ratio >= 1
        ? ` The first layer's is ${fmtNorm(ratio)} times smaller than the last's.`
        : ` The first layer's is ${fmtNorm(1 / ratio)} times larger than the last's.`;
    return `${setting}: gradient norm ${fmtNorm(firstNorm)} at layer 1 and ${fmtNorm(lastNorm)} at layer ${n.length} (the output layer).${comparison}`;
  };
  const status = ref(describe());
  watch([depth, activation, init, measured], () => {
    status.value = describe();
  });

  const rows = computed(() =>
    norms.value.map((norm, l) => ({
      layer: l + 1,
      norm,
      std: measured.value.activationStd[l],
      silent: l < depth.value ? Math.round(measured.value.silentFraction[l] * DEFAULT_WIDTH) : undefined,
    })),
  );

  function setDepth(value: number): void {
    if (!Number.isFinite(value)) return;
    depth.value = Math.min(DEPTH_MAX, Math.max(DEPTH_MIN, Math.round(value)));
  }

  return { depth, activation, init, norms, status, rows, setDepth, width: DEFAULT_WIDTH, batch: DEFAULT_BATCH, learner };
}
