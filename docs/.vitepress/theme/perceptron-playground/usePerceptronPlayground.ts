/**
 * The state and the actions of the perceptron playground, apart from how it is drawn. Every
 * number comes from lib/perceptron.ts, the same code the chapter's worked examples use, so what
 * the widget shows and what the page says agree; with "Use my code" on (npm start), from the
 * learner's chapter 1 instead, through the recipes of learner-recipes.ts.
 */
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { perceptronPredict } from '../../../../lib/perceptron.ts';
import { useLearnerCode } from '../learner-code/index.ts';
import * as recipes from './learner-recipes.ts';
import { AND, OR, XOR, type Dataset } from '../../../../lib/logic-gates.ts';
import { isLinearlySeparable, type Point } from './plane-geometry.ts';

export type Label = 0 | 1;
export interface LabelledPoint {
  x1: number;
  x2: number;
  label: Label;
}

/** What one press of Step did, kept so the widget can show the arithmetic. */
export interface StepReport {
  index: number;
  point: LabelledPoint;
  z: number;
  yhat: Label;
  error: number;
  eta: number;
  before: { w: [number, number]; b: number };
  after: { w: [number, number]; b: number };
}

export type PresetName = 'AND' | 'OR' | 'XOR';
const PRESETS: Record<PresetName, () => Dataset> = { AND, OR, XOR };

export const MAX_EPOCHS = 100;

/** Numbers as people write them: at most 3 decimals, no trailing zeros, no "-0". */
export function fmt(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function usePerceptronPlayground() {
  const points = ref<LabelledPoint[]>([]);
  const w = ref<[number, number]>([0, 0]);
  const b = ref(0);
  const eta = ref(0.1);
  /** The example Step visits next: examples are taken in order, as in trainPerceptron. */
  const nextIndex = ref(0);
  const lastStep = shallowRef<StepReport | null>(null);
  const status = ref('');
  const training = ref(false);
  /** Bumped by every action, so an animated training run notices it has been interrupted. */
  let generation = 0;

  const xs = () => points.value.map((p) => [p.x1, p.x2]);
  const ys = () => points.value.map((p) => p.label);

  const learner = useLearnerCode('perceptron-playground');
  const referencePredictions = computed(() => points.value.map((p) => perceptronPredict(w.value, b.value, [p.x1, p.x2])));
  /** The learner's predictions for the points as they are, while "Use my code" is on. */
  const learnerPredictions = shallowRef<Label[] | null>(null);
  let predictionRun = 0;
  watch(
    [points, w, b, learner.enabled, learner.version],
    async () => {
      const run = ++predictionRun;
      if (!learner.enabled.value) {
        learnerPredictions.value = null;
        return;
      }
      const input = { w: w.value, b: b.value, points: points.value.map((p) => [p.x1, p.x2]) };
      const result = await learner.run('predictions', recipes.predictions, input);
      if (run === predictionRun) learnerPredictions.value = result;
    },
    { immediate: true },
  );
  const predictions = computed(() =>
    learnerPredictions.value?.length === points.value.length ? learnerPredictions.value : referencePredictions.value,
  );
  const correct = computed(() => predictions.value.filter((yhat, i) => yhat === points.value[i].label).length);
  const accuracyText = computed(() =>
    points.value.length === 0
      ? 'no points'
      : `${correct.value}/${points.value.length} correct (${Math.round((100 * correct.value) / points.value.length)}%)`,
  );

  function interrupt(): void {
    generation++;
    training.value = false;
  }

  function setWeights(next: { w: readonly number[]; b: number }): void {
    w.value = [next.w[0], next.w[1]];
    b.value = next.b;
  }

  function resetWeights(announce = true): void {
    interrupt();
    setWeights({ w: [0, 0], b: 0 });
    nextIndex.value = 0;
    lastStep.value = null;
    if (announce) status.value = 'Weights and bias reset to 0.';
  }

  function loadPreset(name: PresetName): void {
    const data = PRESETS[name]();
    points.value = data.xs.map(([x1, x2], i) => ({ x1, x2, label: data.ys[i] as Label }));
    resetWeights(false);
    status.value = `${name} loaded: ${plural(points.value.length, 'point')}; weights and bias reset to 0.`;
  }

  function clear(): void {
    points.value = [];
    resetWeights(false);
    status.value = 'All points removed; weights and bias reset to 0.';
  }

  async function addPoint(x1: number, x2: number, label: Label): Promise<void> {
    interrupt();
    const run = generation;
    points.value = [...points.value, { x1, x2, label }];
    const [yhat] = await learner.run('predictions', recipes.predictions, { w: w.value, b: b.value, points: [[x1, x2]] });
    if (run !== generation) return;
    status.value =
      `Added a class ${label} point at (${fmt(x1)}, ${fmt(x2)}); the perceptron predicts ${yhat}` +
      ` (${yhat === label ? 'correct' : 'wrong'}). ${plural(points.value.length, 'point')}.`;
  }

  /** One application of the perceptron rule to the next example, in order. */
  async function step(): Promise<void> {
    interrupt();
    if (points.value.length === 0) {
      status.value = 'Add a point first: there is nothing to learn from.';
      return;
    }
    const run = generation;
    const index = nextIndex.value % points.value.length;
    const point = points.value[index];
    const x = [point.x1, point.x2];
    const before = { w: [...w.value] as [number, number], b: b.value };
    const { z, yhat, after } = await learner.run('step', recipes.step, { ...before, x, y: point.label, eta: eta.value });
    if (run !== generation) return; // another action came first
    setWeights(after);
    nextIndex.value = index + 1;
    const report: StepReport = {
      index,
      point,
      z,
      yhat,
      error: point.label - yhat,
      eta: eta.value,
      before,
      after: { w: [after.w[0], after.w[1]], b: after.b },
    };
    lastStep.value = report;
    status.value =
      `Example ${index + 1} of ${points.value.length}: predicted ${yhat}, label ${point.label}, ` +
      (report.error === 0
        ? 'correct, so nothing changes.'
        : `error ${report.error}, so w becomes (${fmt(after.w[0])}, ${fmt(after.w[1])}) and b becomes ${fmt(after.b)}.`);
  }

  /**
   * Epochs until one makes no mistake, or MAX_EPOCHS. One epoch per animation frame, so the line
   * can be watched moving; all at once for readers who asked for reduced motion.
   */
  async function train(): Promise<void> {
    interrupt();
    if (points.value.length === 0) {
      status.value = 'Add a point first: there is nothing to learn from.';
      return;
    }
    const run = generation;
    training.value = true;
    lastStep.value = null;
    nextIndex.value = 0;
    status.value = 'Training…';
    const animate = typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    let epochs = 0;
    let converged = false;
    while (epochs < MAX_EPOCHS && !converged) {
      const result = await learner.run('trainEpoch', recipes.trainEpoch, { xs: xs(), ys: ys(), eta: eta.value, w: w.value, b: b.value });
      if (run !== generation) return; // interrupted by another action, which set its own status
      setWeights(result);
      epochs++;
      converged = result.converged;
      if (animate) {
        await new Promise(requestAnimationFrame);
        if (run !== generation) return; // interrupted by another action, which set its own status
      }
    }
    training.value = false;
    const positives: Point[] = points.value.filter((p) => p.label === 1).map((p) => [p.x1, p.x2]);
    const negatives: Point[] = points.value.filter((p) => p.label === 0).map((p) => [p.x1, p.x2]);
    if (converged) {
      status.value = `Training converged after ${plural(epochs, 'epoch')}: every point is on its own side of the line.`;
    } else if (!isLinearlySeparable(positives, negatives)) {
      status.value = `Training did not converge after ${MAX_EPOCHS} epochs: no single line separates these points.`;
    } else {
      status.value =
        `Training did not converge after ${MAX_EPOCHS} epochs, although a line does separate these points: ` +
        'press Train to continue, or try a different learning rate.';
    }
  }

  onBeforeUnmount(interrupt);
  loadPreset('AND');

  return {
    points, w, b, eta, nextIndex, lastStep, status, training, predictions, correct, accuracyText,
    addPoint, loadPreset, clear, resetWeights, step, train, learner,
  };
}
