/**
 * The state of the network-diagram widget apart from how it is drawn: the three inputs, the
 * forward pass lib computes from them (network.ts), how many layers the step-by-step view has
 * run, the sentence the live region says and the rows of the table. With "Use my code" on
 * (npm start), the learner's denseForward runs the layers instead (learner-recipes.ts).
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { useLearnerCode } from '../learner-code/index.ts';
import * as recipes from './learner-recipes.ts';
import { Matrix } from '../../../../lib/matrix.ts';
import { EXAMPLES, NETWORK, SIZES, forwardPass } from './network.ts';
import { clampRound } from '../widget-kit/clamp-round.ts';
import { formatNumber } from '../widget-kit/format-number.ts';

export const INPUT_MIN = -5;
export const INPUT_MAX = 5;
/** The sliders cover the middle of that range; the number fields take all of it. */
export const SLIDER_MIN = -3;
export const SLIDER_MAX = 3;
export const INPUT_STEP = 0.1;
export const LAYERS = NETWORK.layers.length;
export const ACTIVATION_NAMES: Record<string, string> = { relu: 'ReLU', sigmoid: 'sigmoid', softmax: 'softmax', linear: 'linear', tanh: 'tanh' };

/** A number to 3 decimals, as the diagram and the status print it: true minus sign, no "−0". */
export function fmt3(value: number): string {
  const rounded = Number(value.toFixed(3));
  return (Object.is(rounded, -0) ? '0' : String(rounded)).replace(/-/g, '−');
}

/** A number with at most 6 significant digits, as the table prints it. */
export const fmt6 = (value: number): string => formatNumber(value, 6);

/** A typed or slid input, clamped to the allowed range and rounded to tenths. */
export const clampInput = (value: number): number => clampRound(value, INPUT_MIN, INPUT_MAX, 1);

const vector = (values: readonly number[]) => `(${values.map(fmt3).join(', ')})`;

export function useNetworkDiagram(initial: readonly number[] = EXAMPLES[0]) {
  const inputs = ref<number[]>([...initial]);
  /** How many layers have run: LAYERS shows the whole pass. */
  const step = ref(LAYERS);
  /** True while the reader steps through the layers (the status then tells the last step). */
  const stepping = ref(false);

  /** { Z, A } of every layer for the single example x, as plain lists (one entry per unit). */
  const referenceLayers = computed(() =>
    forwardPass(NETWORK, Matrix.column(inputs.value)).map(({ Z, A }) => ({ z: Z.column(0), a: A.column(0) })),
  );
  const learner = useLearnerCode('network-diagram');
  /** The learner's pass for the inputs as they are, while "Use my code" is on. */
  const learnerLayers = shallowRef<{ z: number[]; a: number[] }[] | null>(null);
  let run = 0;
  watch(
    [inputs, learner.enabled, learner.version],
    async () => {
      const current = ++run;
      if (!learner.enabled.value) {
        learnerLayers.value = null;
        return;
      }
      const input = { x: inputs.value, layers: NETWORK.layers.map(({ W, b }) => ({ W: W.map((r) => [...r]), b: b.map((r) => [...r]) })), activations: [...NETWORK.activations] };
      const result = await learner.run('forwardPass', recipes.forwardPass, input);
      if (current === run) learnerLayers.value = result;
    },
    { immediate: true },
  );
  const layers = computed(() => learnerLayers.value ?? referenceLayers.value);
  const shown = (l: number) => l <= step.value; // layer l (1-based) has been computed
  const probabilities = computed(() => layers.value[LAYERS - 1].a);
  const guess = computed(() => probabilities.value.indexOf(Math.max(...probabilities.value)) + 1);

  function setInput(k: number, value: number): void {
    if (!Number.isFinite(value)) return;
    const next = [...inputs.value];
    next[k] = clampInput(value);
    inputs.value = next;
  }
  function setStep(value: number, byStep = true): void {
    step.value = Math.min(LAYERS, Math.max(0, Math.round(value)));
    stepping.value = byStep;
  }

  const layerSentence = (l: number) => {
    const activation = NETWORK.activations[l - 1];
    const { a } = layers.value[l - 1];
    return l === LAYERS
      ? `layer ${l} (${ACTIVATION_NAMES[activation]}) gives the probabilities ${vector(a)}, so the network's guess is class ${guess.value}`
      : `layer ${l} (${ACTIVATION_NAMES[activation]}) gives a = ${vector(a)}`;
  };

  const status = computed(() => {
    const given = `Input x = ${vector(inputs.value)}`;
    if (step.value === 0) return `${given}. No layer has run yet; Next layer runs layer 1.`;
    if (stepping.value && step.value < LAYERS) {
      return `${given}. Step ${step.value} of ${LAYERS}: ${layerSentence(step.value)}. Next layer runs layer ${step.value + 1}.`;
    }
    const all = Array.from({ length: step.value }, (_, i) => layerSentence(i + 1)).join('; ');
    return `${given}: ${all}.`;
  });

  /** One row per unit of every layer: its z and a, or null while its layer has not run. */
  const table = computed(() =>
    NETWORK.activations.flatMap((activation, i) =>
      layers.value[i].z.map((z, j) => ({
        layer: i + 1,
        activation: ACTIVATION_NAMES[activation],
        unit: j + 1,
        z: shown(i + 1) ? z : null,
        a: shown(i + 1) ? layers.value[i].a[j] : null,
      })),
    ),
  );

  return { inputs, step, layers, shown, guess, setInput, setStep, status, table, sizes: SIZES, learner };
}
