/**
 * The state of the backprop stepper apart from how it is drawn: which step is shown (0 before
 * the first), what is highlighted, what each unit shows so far, and the sentence the live region
 * says. The steps and their values come from lib's trace of the 2-2-2 example (steps.ts); with
 * "Use my code" on (npm start), from the learner's denseForward, sigmoidBackward and denseBackward
 * (learner-recipes.ts), each falling back to lib's as its badge says.
 */
import { computed, ref, shallowRef, watch } from 'vue';
import { useLearnerCode } from '../learner-code/index.ts';
import * as inputs from '../../../worked/07-backpropagation-inputs.ts';
import { EXAMPLE, traceExample } from './example.ts';
import { buildSteps, fmt, type NodeId, type Step } from './steps.ts';

const PHASE_NAME = { forward: 'forward pass', backward: 'backward pass', update: 'gradient-descent step' } as const;

/** "w₁·x₁ + w₂·x₂ + b(h₁) = 0.15 × 0.05 + 0.2 × 0.1 + 0.35": the formula, then the numbers put in. */
export function computedAs(step: Step): string {
  return step.substituted && step.substituted !== fmt(step.value) ? `${step.formula} = ${step.substituted}` : step.formula;
}

/** "z(h₁) = w₁·x₁ + … = 0.3775", as the status says it. */
export function describeStep(step: Step): string {
  return `${step.name} = ${computedAs(step)} = ${fmt(step.value)}`;
}

export function useBackpropStepper() {
  const libSteps = buildSteps(traceExample());
  const learner = useLearnerCode('backprop-stepper');
  /** The steps of the learner's trace, while "Use my code" is on. */
  const learnerSteps = shallowRef<Step[] | null>(null);
  let runs = 0;
  watch(
    [learner.enabled, learner.version],
    async () => {
      const run = ++runs;
      if (!learner.enabled.value) {
        learnerSteps.value = null;
        return;
      }
      // Loaded on first use, so the built page (which has no learner) does not fetch the recipe.
      const recipes = await import('./learner-recipes.ts');
      const input = { X: inputs.X, Y: inputs.Y, layers: inputs.layers, learningRate: inputs.learningRate };
      const trace = await learner.run('squaredErrorStep', recipes.squaredErrorStep, input, { showsAll: true });
      if (run === runs) learnerSteps.value = buildSteps(recipes.asSquaredErrorTrace(trace));
    },
    { immediate: true },
  );
  const steps = computed(() => learnerSteps.value ?? libSteps);
  const total = libSteps.length;
  /** How many steps have run: 0 shows only the inputs, `total` everything. */
  const shown = ref(0);
  const current = computed<Step | undefined>(() => steps.value[shown.value - 1]);

  const go = (to: number) => {
    shown.value = Math.min(total, Math.max(0, to));
  };
  const next = () => go(shown.value + 1);
  const back = () => go(shown.value - 1);
  const reset = () => go(0);
  const end = () => go(total);
  /** Every forward value computed and the first backward step shown: where chapter 7's subject starts. */
  const firstBackward = libSteps.findIndex((s) => s.phase === 'backward') + 1;
  const toBackward = () => go(firstBackward);

  /** Whether step `id` has run (its value is known). */
  const done = (id: string) => libSteps.findIndex((s) => s.id === id) < shown.value;
  const valueOf = (id: string) => steps.value.find((s) => s.id === id)!.value;

  /** What a unit shows under it: its output once computed, then its delta once computed. */
  function nodeReadout(id: NodeId): { value?: string; delta?: string } {
    if (id === 'x1' || id === 'x2') return { value: `x = ${fmt(EXAMPLE.x[Number(id[1]) - 1])}` };
    if (id === 'E') return done('E') ? { value: `E = ${fmt(valueOf(done('E-after') ? 'E-after' : 'E'))}` } : {};
    return {
      value: done(`a-${id}`) ? `a = ${fmt(valueOf(`a-${id}`))}` : undefined,
      delta: done(`delta-${id}`) ? `δ = ${fmt(valueOf(`delta-${id}`))}` : undefined,
    };
  }

  const status = computed(() => {
    const step = current.value;
    if (!step) {
      return (
        `Start: inputs x₁ = ${fmt(EXAMPLE.x[0])}, x₂ = ${fmt(EXAMPLE.x[1])}, targets t₁ = ${fmt(EXAMPLE.t[0])}, t₂ = ${fmt(EXAMPLE.t[1])}; ` +
        `nothing computed yet. Next runs the forward pass, one quantity at a time (${total} steps in all).`
      );
    }
    const where = `Step ${shown.value} of ${total}, ${PHASE_NAME[step.phase]}: `;
    return `${where}${describeStep(step)}.${shown.value === total ? ' Done: one step of gradient descent lowered the error.' : ''}`;
  });

  return { steps, total, shown, current, next, back, reset, end, toBackward, done, nodeReadout, status, learner };
}
