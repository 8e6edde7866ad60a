/**
 * The state of the computation-graph widget apart from how it is drawn: the inputs a, b, c, the
 * numbers lib's Value computes from them (graph.ts), how far the step-by-step replay has got, the
 * sentence the live region says and the rows of the table.
 *
 * The replay has STEPS = 6 steps: three forward (u, then v, then J) and three backward, one per
 * gate from J back to the inputs. A wire's value is shown once the gate that computes it has run
 * forward; its gradient once the gate that uses it has run backward, which is exactly when
 * reverse-mode autodiff knows it.
 *
 * With "Use my code" on (npm start), the numbers are those of the learner's own Value (chapter 4),
 * run in the worker by learner-recipes.ts; lib's are shown until theirs arrive.
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { useLearnerCode } from '../learner-code/index.ts';
import { evaluateGraph, numbersOf, type GraphNumbers } from './graph.ts';
import * as recipes from './learner-recipes.ts';
import { GATES, type WireId } from './layout.ts';
import { clampRound } from '../widget-kit/clamp-round.ts';
import { formatNumber } from '../widget-kit/format-number.ts';

export const INPUT_MIN = -10;
export const INPUT_MAX = 10;
/** The sliders cover the middle of that range, in halves; the number fields take anything in it. */
export const SLIDER_MIN = -5;
export const SLIDER_MAX = 5;
export const INPUT_STEP = 0.5;
export const STEPS = 6;
export const INPUTS = ['a', 'b', 'c'] as const;
export type InputId = (typeof INPUTS)[number];
export const WIRE_ORDER: readonly WireId[] = ['a', 'b', 'c', 'u', 'v', 'J'];

/** The step after which each wire's value is known (inputs from the start). */
const VALUE_KNOWN: Record<WireId, number> = { a: 0, b: 0, c: 0, u: 1, v: 2, J: 3 };
/** The step after which each wire's gradient is known: J's gate hands v its gradient, and so on. */
const GRADIENT_KNOWN: Record<WireId, number> = { J: 4, v: 4, a: 5, u: 5, b: 6, c: 6 };

/** A number with at most 6 significant digits, a true minus sign and no "−0": 33, −4.5. */
export const fmt = (value: number): string => formatNumber(value, 6);

/**
 * A typed or slid input, clamped to the allowed range and rounded to tenths: then u = bc has at
 * most two decimals, and every label fits on its wire (the longest is "J = −329.97").
 */
export const clampInput = (value: number): number => clampRound(value, INPUT_MIN, INPUT_MAX, 1);

/** "∂J/∂a", as the table, the status and the labels name a gradient. */
export const gradientName = (id: WireId) => `∂J/∂${id}`;

export function useComputationGraph(initial: Record<InputId, number> = { a: 5, b: 3, c: 2 }) {
  const inputs = ref<Record<InputId, number>>({ ...initial });
  /** How many replay steps have run; STEPS shows the whole forward and backward pass. */
  const step = ref(STEPS);
  /** True while the reader replays step by step (then the last step is told as a step too). */
  const replaying = ref(false);

  const learner = useLearnerCode('computation-graph');
  /** The learner's numbers and the inputs they are for, while "Use my code" is on. */
  const learnerNumbers = shallowRef<{ inputs: Record<InputId, number>; numbers: GraphNumbers } | null>(null);
  let graphRun = 0;
  watch(
    [inputs, learner.enabled, learner.version],
    async () => {
      const run = ++graphRun;
      if (!learner.enabled.value) {
        learnerNumbers.value = null;
        return;
      }
      const asked = inputs.value;
      const nodes = await learner.run('graph', recipes.graph, asked);
      if (run === graphRun) learnerNumbers.value = { inputs: asked, numbers: numbersOf(nodes) };
    },
    { immediate: true },
  );
  const numbers = computed(() =>
    learnerNumbers.value?.inputs === inputs.value
      ? learnerNumbers.value.numbers
      : evaluateGraph(inputs.value.a, inputs.value.b, inputs.value.c),
  );
  const valueShown = (id: WireId) => step.value >= VALUE_KNOWN[id];
  const gradientShown = (id: WireId) => step.value >= GRADIENT_KNOWN[id];

  function setInput(id: InputId, value: number): void {
    if (!Number.isFinite(value)) return;
    inputs.value = { ...inputs.value, [id]: clampInput(value) };
  }
  /** Moves the replay to step `value`; `replay` false (Show all) tells the whole pass at once. */
  function setStep(value: number, replay = true): void {
    step.value = Math.min(STEPS, Math.max(0, Math.round(value)));
    replaying.value = replay;
  }

  /** The sentence for the live region: what the last step did, or the whole pass when all is shown. */
  const status = computed(() => {
    const { values: x, gradients: g } = numbers.value;
    const f = fmt;
    const given = `a = ${f(x.a)}, b = ${f(x.b)}, c = ${f(x.c)}`;
    switch (step.value) {
      case 0:
        return `Start: ${given}; nothing is computed yet. Next step runs the forward pass, one gate at a time.`;
      case 1:
        return `Forward step 1 of 3: u = b × c = ${f(x.b)} × ${f(x.c)} = ${f(x.u)}.`;
      case 2:
        return `Forward step 2 of 3: v = a + u = ${f(x.a)} + ${f(x.u)} = ${f(x.v)}.`;
      case 3:
        return `Forward step 3 of 3: J = 3 × v = 3 × ${f(x.v)} = ${f(x.J)}. Next, the backward pass.`;
      case 4:
        return `Backward step 1 of 3: ∂J/∂J = ${f(g.J)}, and the gate J = 3 × v multiplies it by its local derivative 3: ∂J/∂v = ${f(g.v)}.`;
      case 5:
        return `Backward step 2 of 3: the sum v = a + u passes ∂J/∂v = ${f(g.v)} unchanged to both inputs: ∂J/∂a = ${f(g.a)}, ∂J/∂u = ${f(g.u)}.`;
      default: {
        const whole =
          `${given}: forward u = ${f(x.u)}, v = ${f(x.v)}, J = ${f(x.J)}; ` +
          `backward ∂J/∂a = ${f(g.a)}, ∂J/∂b = ${f(g.b)}, ∂J/∂c = ${f(g.c)}, ∂J/∂u = ${f(g.u)}, ∂J/∂v = ${f(g.v)}.`;
        if (!replaying.value) return whole;
        return (
          `Backward step 3 of 3: the product u = b × c gives each factor ∂J/∂u times the other factor: ` +
          `∂J/∂b = ${f(g.u)} × ${f(x.c)} = ${f(g.b)}, ∂J/∂c = ${f(g.u)} × ${f(x.b)} = ${f(g.c)}. Done: ${whole}`
        );
      }
    }
  });

  /** One row per wire: what computes it, its value and its gradient (null while not yet known). */
  const table = computed(() => {
    const { values, gradients } = numbers.value;
    return WIRE_ORDER.map((id) => ({
      id,
      formula: GATES.find((gate) => gate.id === id)?.formula ?? `${id}, an input`,
      value: valueShown(id) ? values[id] : null,
      gradient: gradientShown(id) ? gradients[id] : null,
    }));
  });

  return { inputs, step, numbers, valueShown, gradientShown, setInput, setStep, status, table, learner };
}
