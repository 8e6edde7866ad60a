/**
 * The state of <GradientNorms> apart from how it is drawn: the network's depth, activation and
 * initialisation, lib's measurement of it (deep-network.ts), the sentence the live region says and
 * the rows of the table. Every number is lib's, recomputed whenever a setting changes.
 */
import { computed, ref, watch } from 'vue';
import { ACTIVATION_LABELS, DEFAULT_BATCH, DEFAULT_WIDTH, INIT_LABELS, measureDeepNetwork, type DeepActivation, type DeepInit } from './deep-network.ts';

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

  const measured = computed(() => measureDeepNetwork({ depth: depth.value, activation: activation.value, init: init.value }));
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
  watch([depth, activation, init], () => {
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

  return { depth, activation, init, norms, status, rows, setDepth, width: DEFAULT_WIDTH, batch: DEFAULT_BATCH };
}
