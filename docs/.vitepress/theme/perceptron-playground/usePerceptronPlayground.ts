/**
 * The state and the actions of the perceptron playground, apart from how it is drawn. Every
 * number comes from lib/perceptron.ts, the same code the chapter's worked examples use, so what
 * the widget shows and what the page says agree.
 */
import { computed, onBeforeUnmount, ref, shallowRef } from 'vue';
import { perceptronPredict, perceptronUpdate, trainPerceptron, weightedSum } from '../../../../lib/perceptron.ts';
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

  const predictions = computed(() => points.value.map((p) => perceptronPredict(w.value, b.value, [p.x1, p.x2])));
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

  function addPoint(x1: number, x2: number, label: Label): void {
    interrupt();
    points.value = [...points.value, { x1, x2, label }];
    const yhat = perceptronPredict(w.value, b.value, [x1, x2]);
    status.value =
      `Added a class ${label} point at (${fmt(x1)}, ${fmt(x2)}); the perceptron predicts ${yhat}` +
      ` (${yhat === label ? 'correct' : 'wrong'}). ${plural(points.value.length, 'point')}.`;
  }

  /** One application of the perceptron rule to the next example, in order. */
  function step(): void {
    interrupt();
    if (points.value.length === 0) {
      status.value = 'Add a point first: there is nothing to learn from.';
      return;
    }
    const index = nextIndex.value % points.value.length;
    const point = points.value[index];
    const x = [point.x1, point.x2];
    const before = { w: [...w.value] as [number, number], b: b.value };
    const yhat = perceptronPredict(before.w, before.b, x);
    const after = perceptronUpdate(before.w, before.b, x, point.label, eta.value);
    setWeights(after);
    nextIndex.value = index + 1;
    const report: StepReport = {
      index,
      point,
      z: weightedSum(before.w, before.b, x),
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
      const result = trainPerceptron(xs(), ys(), { eta: eta.value, maxEpochs: 1, w: w.value, b: b.value });
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
    addPoint, loadPreset, clear, resetWeights, step, train,
  };
}
